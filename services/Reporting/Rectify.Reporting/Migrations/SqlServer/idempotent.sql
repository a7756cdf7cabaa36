IF OBJECT_ID(N'[reporting].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'reporting') IS NULL EXEC(N'CREATE SCHEMA [reporting];');
    CREATE TABLE [reporting].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    IF SCHEMA_ID(N'reporting') IS NULL EXEC(N'CREATE SCHEMA [reporting];');
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE TABLE [reporting].[counters] (
        [Name] nvarchar(100) NOT NULL,
        [Value] bigint NOT NULL,
        CONSTRAINT [PK_counters] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE TABLE [reporting].[inbox_messages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(200) NOT NULL,
        [ProcessedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_inbox_messages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE TABLE [reporting].[outbox_leases] (
        [Name] nvarchar(100) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_outbox_leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE TABLE [reporting].[outbox_messages] (
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
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE TABLE [reporting].[unit_replicas] (
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
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_outbox_messages_MessageId] ON [reporting].[outbox_messages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_SentAt_Id] ON [reporting].[outbox_messages] ([SentAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    CREATE INDEX [IX_unit_replicas_JurisdictionPath] ON [reporting].[unit_replicas] ([JurisdictionPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122051005_Initial'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122051005_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[findings] (
        [FindingId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [Level] int NOT NULL,
        [Ordinal] nvarchar(20) NOT NULL,
        [Title] nvarchar(2000) NOT NULL,
        [ImmediateFix] bit NOT NULL,
        [MoneyInvolved] decimal(18,2) NULL,
        [Position] bigint NOT NULL,
        [Withdrawn] bit NOT NULL,
        [Version] bigint NOT NULL,
        [TagsVersion] bigint NOT NULL,
        CONSTRAINT [PK_findings] PRIMARY KEY ([FindingId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[inspections] (
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(10) NOT NULL,
        [Issuer] nvarchar(40) NOT NULL,
        [Team] nvarchar(100) NOT NULL,
        [Round] nvarchar(100) NOT NULL,
        [Type] nvarchar(20) NOT NULL,
        [OnSiteStart] date NULL,
        [OnSiteEnd] date NULL,
        [FeedbackOn] date NULL,
        [StartedOn] date NULL,
        [ClosedOn] date NULL,
        [ClueCount] int NOT NULL,
        [Withdrawn] bit NOT NULL,
        [RegistrationVersion] bigint NOT NULL,
        [FeedbackVersion] bigint NOT NULL,
        [ClueVersion] bigint NOT NULL,
        CONSTRAINT [PK_inspections] PRIMARY KEY ([InspectionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[notices] (
        [Id] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [JurisdictionPath] nvarchar(400) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Organisation] nvarchar(max) NULL,
        [NextSteps] nvarchar(max) NULL,
        [OverridesJson] nvarchar(max) NOT NULL,
        [PublishedOn] date NULL,
        [Title] nvarchar(300) NULL,
        [LinesJson] nvarchar(max) NULL,
        [FactsJson] nvarchar(max) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [PublishedAt] datetimeoffset NULL,
        [WithdrawnAt] datetimeoffset NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_notices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[person_names] (
        [PersonId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_person_names] PRIMARY KEY ([PersonId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[progress_notes] (
        [EntryId] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [ReportedOn] date NOT NULL,
        [Narrative] nvarchar(max) NOT NULL,
        [Position] bigint NOT NULL,
        CONSTRAINT [PK_progress_notes] PRIMARY KEY ([EntryId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[snapshot_items] (
        [SnapshotId] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [FindingId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [State] nvarchar(30) NOT NULL,
        [OriginalDeadline] date NULL,
        [Deadline] date NULL,
        [Figures] nvarchar(300) NOT NULL,
        CONSTRAINT [PK_snapshot_items] PRIMARY KEY ([SnapshotId], [TaskId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[snapshots] (
        [Id] uniqueidentifier NOT NULL,
        [Label] nvarchar(100) NOT NULL,
        [JurisdictionPath] nvarchar(400) NULL,
        [UnitId] uniqueidentifier NULL,
        [UnitJurisdictionPath] nvarchar(max) NULL,
        [AsOf] date NOT NULL,
        [TakenAt] datetimeoffset NOT NULL,
        [TakenBy] nvarchar(100) NULL,
        [FiguresJson] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_snapshots] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[tasks] (
        [TaskId] uniqueidentifier NOT NULL,
        [FindingId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [JurisdictionPath] nvarchar(400) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [State] nvarchar(30) NOT NULL,
        [IsClosed] bit NOT NULL,
        [Measures] nvarchar(max) NOT NULL,
        [ResponsibleDepartment] nvarchar(200) NULL,
        [ResponsibleLeader] nvarchar(200) NULL,
        [ResponsiblePerson] nvarchar(100) NULL,
        [OriginalDeadline] date NULL,
        [Deadline] date NULL,
        [SlipDays] int NOT NULL,
        [ClosedOn] date NULL,
        [LastActivityOn] date NOT NULL,
        [RulesMade] int NOT NULL,
        [RulesRevised] int NOT NULL,
        [TalkPeople] int NOT NULL,
        [TalkBatches] int NOT NULL,
        [MoneyReturnedFen] bigint NOT NULL,
        [MoneyRecoveredFen] bigint NOT NULL,
        [PeopleHeldAccountable] int NOT NULL,
        [Withdrawn] bit NOT NULL,
        [Version] bigint NOT NULL,
        [OutcomesVersion] bigint NOT NULL,
        CONSTRAINT [PK_tasks] PRIMARY KEY ([TaskId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[unit_contacts] (
        [UnitId] uniqueidentifier NOT NULL,
        [Phone] nvarchar(50) NULL,
        [Email] nvarchar(200) NULL,
        [Address] nvarchar(300) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_unit_contacts] PRIMARY KEY ([UnitId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE TABLE [reporting].[finding_tags] (
        [FindingId] uniqueidentifier NOT NULL,
        [Tag] nvarchar(50) NOT NULL,
        CONSTRAINT [PK_finding_tags] PRIMARY KEY ([FindingId], [Tag]),
        CONSTRAINT [FK_finding_tags_findings_FindingId] FOREIGN KEY ([FindingId]) REFERENCES [reporting].[findings] ([FindingId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_finding_tags_Tag_FindingId] ON [reporting].[finding_tags] ([Tag], [FindingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_findings_InspectionId_Position] ON [reporting].[findings] ([InspectionId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_inspections_UnitId] ON [reporting].[inspections] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_notices_InspectionId] ON [reporting].[notices] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_notices_Status_PublishedAt] ON [reporting].[notices] ([Status], [PublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_person_names_UnitId] ON [reporting].[person_names] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_progress_notes_TaskId_Position] ON [reporting].[progress_notes] ([TaskId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_snapshot_items_SnapshotId_UnitId] ON [reporting].[snapshot_items] ([SnapshotId], [UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_tasks_FindingId] ON [reporting].[tasks] ([FindingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_tasks_InspectionId_FindingId] ON [reporting].[tasks] ([InspectionId], [FindingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_tasks_JurisdictionPath_UnitId] ON [reporting].[tasks] ([JurisdictionPath], [UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    CREATE INDEX [IX_tasks_UnitId_InspectionId] ON [reporting].[tasks] ([UnitId], [InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081911_ReadModels'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122081911_ReadModels', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122102054_CalendarOverridesForReporting'
)
BEGIN
    CREATE TABLE [reporting].[calendar_overrides] (
        [Date] date NOT NULL,
        [IsWorkingDay] bit NULL,
        [Name] nvarchar(100) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_calendar_overrides] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122102054_CalendarOverridesForReporting'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122102054_CalendarOverridesForReporting', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105531_ReportingRebuildRuns'
)
BEGIN
    CREATE TABLE [reporting].[rebuild_runs] (
        [Id] uniqueidentifier NOT NULL,
        [RequestedBy] nvarchar(100) NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_rebuild_runs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105531_ReportingRebuildRuns'
)
BEGIN
    CREATE TABLE [reporting].[rebuild_progress] (
        [RunId] uniqueidentifier NOT NULL,
        [Service] nvarchar(50) NOT NULL,
        [Count] int NOT NULL,
        [FinishedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_rebuild_progress] PRIMARY KEY ([RunId], [Service]),
        CONSTRAINT [FK_rebuild_progress_rebuild_runs_RunId] FOREIGN KEY ([RunId]) REFERENCES [reporting].[rebuild_runs] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105531_ReportingRebuildRuns'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122105531_ReportingRebuildRuns', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122111847_ProgressReportObligations'
)
BEGIN
    CREATE TABLE [reporting].[report_obligations] (
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Every] int NOT NULL,
        [IntervalUnit] nvarchar(10) NOT NULL,
        [FirstDue] date NOT NULL,
        [Until] date NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_report_obligations] PRIMARY KEY ([InspectionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122111847_ProgressReportObligations'
)
BEGIN
    CREATE TABLE [reporting].[reported_periods] (
        [InspectionId] uniqueidentifier NOT NULL,
        [PeriodDue] date NOT NULL,
        [ReportId] uniqueidentifier NOT NULL,
        [SubmittedOn] date NOT NULL,
        CONSTRAINT [PK_reported_periods] PRIMARY KEY ([InspectionId], [PeriodDue])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122111847_ProgressReportObligations'
)
BEGIN
    CREATE INDEX [IX_report_obligations_UnitId] ON [reporting].[report_obligations] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122111847_ProgressReportObligations'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122111847_ProgressReportObligations', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    ALTER TABLE [reporting].[tasks] ADD [OpenDeadline] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    ALTER TABLE [reporting].[tasks] ADD [OpenLastActivityOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    CREATE TABLE [reporting].[figure_basis] (
        [Id] int NOT NULL,
        [Today] date NULL,
        [YellowUntil] date NULL,
        [StaleBefore] date NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_figure_basis] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    CREATE TABLE [reporting].[task_sums] (
        [UnitId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [JurisdictionPath] nvarchar(400) NOT NULL,
        [Total] int NOT NULL,
        [Closed] int NOT NULL,
        [Sustained] int NOT NULL,
        [InProgress] int NOT NULL,
        [NotStarted] int NOT NULL,
        [Slipped] int NOT NULL,
        [SlipDays] int NOT NULL,
        [RulesMade] int NOT NULL,
        [RulesRevised] int NOT NULL,
        [TalkPeople] int NOT NULL,
        [TalkBatches] int NOT NULL,
        [MoneyReturnedFen] bigint NOT NULL,
        [MoneyRecoveredFen] bigint NOT NULL,
        [PeopleHeldAccountable] int NOT NULL,
        [Overdue] int NOT NULL,
        [Yellow] int NOT NULL,
        [NoRecentProgress] int NOT NULL,
        CONSTRAINT [PK_task_sums] PRIMARY KEY ([UnitId], [InspectionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'StaleBefore', N'Today', N'Version', N'YellowUntil') AND [object_id] = OBJECT_ID(N'[reporting].[figure_basis]'))
        SET IDENTITY_INSERT [reporting].[figure_basis] ON;
    EXEC(N'INSERT INTO [reporting].[figure_basis] ([Id], [StaleBefore], [Today], [Version], [YellowUntil])
    VALUES (1, NULL, NULL, CAST(0 AS bigint), NULL)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'StaleBefore', N'Today', N'Version', N'YellowUntil') AND [object_id] = OBJECT_ID(N'[reporting].[figure_basis]'))
        SET IDENTITY_INSERT [reporting].[figure_basis] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    CREATE INDEX [IX_tasks_OpenDeadline_UnitId_Withdrawn_JurisdictionPath_InspectionId] ON [reporting].[tasks] ([OpenDeadline], [UnitId], [Withdrawn], [JurisdictionPath], [InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    CREATE INDEX [IX_tasks_OpenLastActivityOn_UnitId_Withdrawn_JurisdictionPath_InspectionId] ON [reporting].[tasks] ([OpenLastActivityOn], [UnitId], [Withdrawn], [JurisdictionPath], [InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    CREATE INDEX [IX_task_sums_JurisdictionPath] ON [reporting].[task_sums] ([JurisdictionPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    UPDATE [reporting].tasks SET OpenDeadline = CASE WHEN IsClosed = 0 THEN Deadline END,
        OpenLastActivityOn = CASE WHEN IsClosed = 0 THEN LastActivityOn END;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    INSERT INTO [reporting].task_sums (UnitId, InspectionId, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
        RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
        Overdue, Yellow, NoRecentProgress)
    SELECT UnitId, InspectionId, MAX(JurisdictionPath), COUNT(*),
        SUM(CASE WHEN IsClosed = 1 THEN 1 ELSE 0 END),
        SUM(CASE WHEN State = 'completed_sustained' THEN 1 ELSE 0 END),
        SUM(CASE WHEN State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN State = 'planned' THEN 1 ELSE 0 END),
        SUM(CASE WHEN SlipDays > 0 THEN 1 ELSE 0 END), SUM(SlipDays),
        SUM(RulesMade), SUM(RulesRevised), SUM(TalkPeople), SUM(TalkBatches), SUM(MoneyReturnedFen), SUM(MoneyRecoveredFen), SUM(PeopleHeldAccountable),
        0, 0, 0
    FROM [reporting].tasks WHERE Withdrawn = 0
    GROUP BY UnitId, InspectionId;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122135358_TaskSums'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122135358_TaskSums', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035156_CategorySums'
)
BEGIN
    ALTER TABLE [reporting].[task_sums] DROP CONSTRAINT [PK_task_sums];
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035156_CategorySums'
)
BEGIN
    DROP INDEX [IX_task_sums_JurisdictionPath] ON [reporting].[task_sums];
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035156_CategorySums'
)
BEGIN
    ALTER TABLE [reporting].[task_sums] ADD [Category] nvarchar(50) NOT NULL DEFAULT N'*';
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035156_CategorySums'
)
BEGIN
    ALTER TABLE [reporting].[task_sums] ADD CONSTRAINT [PK_task_sums] PRIMARY KEY ([UnitId], [InspectionId], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035156_CategorySums'
)
BEGIN
    CREATE INDEX [IX_task_sums_Category_JurisdictionPath] ON [reporting].[task_sums] ([Category], [JurisdictionPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035156_CategorySums'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206035156_CategorySums', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041129_CategorySumsCounted'
)
BEGIN
    INSERT INTO [reporting].task_sums (UnitId, InspectionId, Category, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
        RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
        Overdue, Yellow, NoRecentProgress)
    SELECT t.UnitId, t.InspectionId, c.Tag, MAX(t.JurisdictionPath), COUNT(*),
        SUM(CASE WHEN t.IsClosed = 1 THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.State = 'completed_sustained' THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.State = 'planned' THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.SlipDays > 0 THEN 1 ELSE 0 END), SUM(t.SlipDays),
        SUM(t.RulesMade), SUM(t.RulesRevised), SUM(t.TalkPeople), SUM(t.TalkBatches), SUM(t.MoneyReturnedFen), SUM(t.MoneyRecoveredFen),
        SUM(t.PeopleHeldAccountable), 0, 0, 0
    FROM [reporting].tasks t JOIN [reporting].finding_tags c ON c.FindingId = t.FindingId WHERE t.Withdrawn = 0
    GROUP BY t.UnitId, t.InspectionId, c.Tag;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041129_CategorySumsCounted'
)
BEGIN
    INSERT INTO [reporting].task_sums (UnitId, InspectionId, Category, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
        RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
        Overdue, Yellow, NoRecentProgress)
    SELECT t.UnitId, t.InspectionId, '', MAX(t.JurisdictionPath), COUNT(*),
        SUM(CASE WHEN t.IsClosed = 1 THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.State = 'completed_sustained' THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.State = 'planned' THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.SlipDays > 0 THEN 1 ELSE 0 END), SUM(t.SlipDays),
        SUM(t.RulesMade), SUM(t.RulesRevised), SUM(t.TalkPeople), SUM(t.TalkBatches), SUM(t.MoneyReturnedFen), SUM(t.MoneyRecoveredFen),
        SUM(t.PeopleHeldAccountable), 0, 0, 0
    FROM [reporting].tasks t WHERE t.Withdrawn = 0 AND NOT EXISTS (SELECT 1 FROM [reporting].finding_tags c WHERE c.FindingId = t.FindingId)
    GROUP BY t.UnitId, t.InspectionId;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041129_CategorySumsCounted'
)
BEGIN
    UPDATE [reporting].figure_basis SET Today = NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206041129_CategorySumsCounted'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206041129_CategorySumsCounted', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005327_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    ALTER TABLE [reporting].[outbox_messages] ADD [DeadAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005327_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE TABLE [reporting].[account_stamps] (
        [AccountId] uniqueidentifier NOT NULL,
        [TokenVersion] bigint NOT NULL,
        [Disabled] bit NOT NULL,
        [Version] bigint NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_account_stamps] PRIMARY KEY ([AccountId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005327_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_DeadAt_AggregateKey] ON [reporting].[outbox_messages] ([DeadAt], [AggregateKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005327_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207005327_AddAccountStampsAndOutboxDeadLetters', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135309_LateAndLockedTasks'
)
BEGIN
    ALTER TABLE [reporting].[tasks] ADD [ClosedLate] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135309_LateAndLockedTasks'
)
BEGIN
    ALTER TABLE [reporting].[tasks] ADD [UnlockedCurrentDeadline] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [reporting].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135309_LateAndLockedTasks'
)
BEGIN
    INSERT INTO [reporting].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207135309_LateAndLockedTasks', N'10.0.14');
END;

COMMIT;
GO

