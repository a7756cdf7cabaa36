IF OBJECT_ID(N'[findings].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'findings') IS NULL EXEC(N'CREATE SCHEMA [findings];');
    CREATE TABLE [findings].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    IF SCHEMA_ID(N'findings') IS NULL EXEC(N'CREATE SCHEMA [findings];');
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    CREATE TABLE [findings].[inbox_messages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(200) NOT NULL,
        [ProcessedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_inbox_messages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    CREATE TABLE [findings].[outbox_leases] (
        [Name] nvarchar(100) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_outbox_leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    CREATE TABLE [findings].[outbox_messages] (
        [Id] bigint NOT NULL IDENTITY,
        [MessageId] uniqueidentifier NOT NULL,
        [MessageType] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [AggregateKey] nvarchar(200) NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [TraceParent] nvarchar(100) NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetimeoffset NULL,
        [SentAt] datetimeoffset NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_outbox_messages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    CREATE TABLE [findings].[unit_replicas] (
        [UnitId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ShortName] nvarchar(100) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [JurisdictionId] uniqueidentifier NOT NULL,
        [JurisdictionPath] nvarchar(400) NOT NULL,
        [Version] bigint NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_unit_replicas] PRIMARY KEY ([UnitId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_outbox_messages_MessageId] ON [findings].[outbox_messages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_SentAt_Id] ON [findings].[outbox_messages] ([SentAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    CREATE INDEX [IX_unit_replicas_JurisdictionPath] ON [findings].[unit_replicas] ([JurisdictionPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050909_Initial'
)
BEGIN
    INSERT INTO [findings].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122050909_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122062032_Inspections'
)
BEGIN
    CREATE TABLE [findings].[inspections] (
        [Id] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(10) NOT NULL,
        [Issuer] nvarchar(50) NOT NULL,
        [Team] nvarchar(100) NOT NULL,
        [Round] nvarchar(100) NOT NULL,
        [Type] nvarchar(10) NOT NULL,
        [OnSiteStart] date NOT NULL,
        [OnSiteEnd] date NOT NULL,
        [FeedbackOn] date NULL,
        [Status] nvarchar(30) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_inspections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_inspections_unit_replicas_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [findings].[unit_replicas] ([UnitId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122062032_Inspections'
)
BEGIN
    CREATE TABLE [findings].[findings] (
        [Id] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [Level] int NOT NULL,
        [Position] int NOT NULL,
        [Ordinal] nvarchar(20) NOT NULL,
        [Title] nvarchar(2000) NOT NULL,
        [Tags] nvarchar(1000) NOT NULL,
        [MoneyInvolved] decimal(18,2) NULL,
        [ImmediateFix] bit NOT NULL,
        [RecurrenceOfFindingId] uniqueidentifier NULL,
        [Version] bigint NOT NULL,
        [Withdrawn] bit NOT NULL,
        CONSTRAINT [PK_findings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_findings_findings_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [findings].[findings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_findings_findings_RecurrenceOfFindingId] FOREIGN KEY ([RecurrenceOfFindingId]) REFERENCES [findings].[findings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_findings_inspections_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [findings].[inspections] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122062032_Inspections'
)
BEGIN
    CREATE INDEX [IX_findings_InspectionId_ParentId] ON [findings].[findings] ([InspectionId], [ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122062032_Inspections'
)
BEGIN
    CREATE INDEX [IX_findings_ParentId] ON [findings].[findings] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122062032_Inspections'
)
BEGIN
    CREATE INDEX [IX_findings_RecurrenceOfFindingId] ON [findings].[findings] ([RecurrenceOfFindingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122062032_Inspections'
)
BEGIN
    CREATE INDEX [IX_inspections_UnitId] ON [findings].[inspections] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122062032_Inspections'
)
BEGIN
    INSERT INTO [findings].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122062032_Inspections', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [ClosedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [PlanDue] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [ProgressReportDue] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [PublicNoticeDue] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [StartedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [Withdrawn] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    CREATE TABLE [findings].[clues] (
        [Id] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [Summary] nvarchar(4000) NOT NULL,
        [HandedTo] nvarchar(100) NOT NULL,
        [HandedOverOn] date NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Outcome] nvarchar(4000) NULL,
        [Version] bigint NOT NULL,
        [Withdrawn] bit NOT NULL,
        CONSTRAINT [PK_clues] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_clues_inspections_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [findings].[inspections] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    CREATE TABLE [findings].[due_date_policies] (
        [JurisdictionPath] nvarchar(400) NOT NULL,
        [PlanDays] int NOT NULL,
        [ProgressReportDays] int NOT NULL,
        [PublicNoticeDays] int NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_due_date_policies] PRIMARY KEY ([JurisdictionPath])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    CREATE TABLE [findings].[notice_imports] (
        [Id] uniqueidentifier NOT NULL,
        [Source] nvarchar(260) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [InspectionId] uniqueidentifier NULL,
        [CommittedAt] datetimeoffset NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_notice_imports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    CREATE TABLE [findings].[recommendations] (
        [Id] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [Withdrawn] bit NOT NULL,
        CONSTRAINT [PK_recommendations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_recommendations_inspections_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [findings].[inspections] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    CREATE INDEX [IX_clues_InspectionId] ON [findings].[clues] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    CREATE INDEX [IX_notice_imports_CreatedAt] ON [findings].[notice_imports] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    CREATE INDEX [IX_recommendations_InspectionId] ON [findings].[recommendations] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122070211_ImportsCluesDueDates'
)
BEGIN
    INSERT INTO [findings].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122070211_ImportsCluesDueDates', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105635_ProgressReportObligations'
)
BEGIN
    CREATE TABLE [findings].[progress_report_obligations] (
        [InspectionId] uniqueidentifier NOT NULL,
        [Every] int NOT NULL,
        [IntervalUnit] nvarchar(10) NOT NULL,
        [FirstDue] date NOT NULL,
        [Until] date NULL,
        CONSTRAINT [PK_progress_report_obligations] PRIMARY KEY ([InspectionId]),
        CONSTRAINT [FK_progress_report_obligations_inspections_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [findings].[inspections] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105635_ProgressReportObligations'
)
BEGIN
    CREATE TABLE [findings].[progress_reports] (
        [Id] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [PeriodDue] date NOT NULL,
        [SubmittedOn] date NOT NULL,
        [Summary] nvarchar(2000) NOT NULL,
        [SubmittedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_progress_reports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_progress_reports_inspections_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [findings].[inspections] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105635_ProgressReportObligations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_progress_reports_InspectionId_PeriodDue] ON [findings].[progress_reports] ([InspectionId], [PeriodDue]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105635_ProgressReportObligations'
)
BEGIN
    INSERT INTO [findings].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122105635_ProgressReportObligations', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005212_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    ALTER TABLE [findings].[outbox_messages] ADD [DeadAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005212_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE TABLE [findings].[account_stamps] (
        [AccountId] uniqueidentifier NOT NULL,
        [TokenVersion] bigint NOT NULL,
        [Disabled] bit NOT NULL,
        [Version] bigint NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_account_stamps] PRIMARY KEY ([AccountId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005212_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_DeadAt_AggregateKey] ON [findings].[outbox_messages] ([DeadAt], [AggregateKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005212_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    INSERT INTO [findings].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207005212_AddAccountStampsAndOutboxDeadLetters', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134204_InspectionCloseOutPolicy'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [CloseOutLevels] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134204_InspectionCloseOutPolicy'
)
BEGIN
    ALTER TABLE [findings].[inspections] ADD [OfficeReviewedFindingIds] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134204_InspectionCloseOutPolicy'
)
BEGIN
    INSERT INTO [findings].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207134204_InspectionCloseOutPolicy', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207231707_InspectionNoticeFigures'
)
BEGIN
    CREATE TABLE [findings].[inspection_notice_figures] (
        [InspectionId] uniqueidentifier NOT NULL,
        [ImportId] uniqueidentifier NOT NULL,
        [StatedAspects] int NULL,
        [StatedProblems] int NULL,
        [StatedIssues] int NULL,
        [StatedCompleted] int NULL,
        [StatedCompletionRate] decimal(9,2) NULL,
        [TalkPeople] int NULL,
        [TalkBatches] int NULL,
        [RulesMade] int NULL,
        [RulesRevised] int NULL,
        [MoneyYuan] decimal(18,2) NULL,
        [AccountablePeople] int NULL,
        [ContactText] nvarchar(1000) NULL,
        [ContactPhone] nvarchar(200) NULL,
        [ContactEmail] nvarchar(200) NULL,
        [ContactAddress] nvarchar(200) NULL,
        [ContactPostcode] nvarchar(200) NULL,
        CONSTRAINT [PK_inspection_notice_figures] PRIMARY KEY ([InspectionId]),
        CONSTRAINT [FK_inspection_notice_figures_inspections_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [findings].[inspections] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [findings].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207231707_InspectionNoticeFigures'
)
BEGIN
    INSERT INTO [findings].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207231707_InspectionNoticeFigures', N'10.0.14');
END;

COMMIT;
GO

