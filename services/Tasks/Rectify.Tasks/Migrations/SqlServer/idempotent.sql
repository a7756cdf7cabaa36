IF OBJECT_ID(N'[tasks].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'tasks') IS NULL EXEC(N'CREATE SCHEMA [tasks];');
    CREATE TABLE [tasks].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    IF SCHEMA_ID(N'tasks') IS NULL EXEC(N'CREATE SCHEMA [tasks];');
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    CREATE TABLE [tasks].[inbox_messages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(200) NOT NULL,
        [ProcessedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_inbox_messages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    CREATE TABLE [tasks].[outbox_leases] (
        [Name] nvarchar(100) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_outbox_leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    CREATE TABLE [tasks].[outbox_messages] (
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
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    CREATE TABLE [tasks].[unit_replicas] (
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
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_outbox_messages_MessageId] ON [tasks].[outbox_messages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_SentAt_Id] ON [tasks].[outbox_messages] ([SentAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    CREATE INDEX [IX_unit_replicas_JurisdictionPath] ON [tasks].[unit_replicas] ([JurisdictionPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050931_Initial'
)
BEGIN
    INSERT INTO [tasks].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122050931_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[audit_entries] (
        [Id] bigint NOT NULL IDENTITY,
        [TaskId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Actor] nvarchar(100) NULL,
        [ActorName] nvarchar(100) NULL,
        [Action] nvarchar(40) NOT NULL,
        [Field] nvarchar(40) NULL,
        [From] nvarchar(4000) NULL,
        [To] nvarchar(4000) NULL,
        [Note] nvarchar(2000) NULL,
        CONSTRAINT [PK_audit_entries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[finding_replicas] (
        [FindingId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [Level] int NOT NULL,
        [Ordinal] nvarchar(20) NOT NULL,
        [Title] nvarchar(2000) NOT NULL,
        [ImmediateFix] bit NOT NULL,
        [MoneyInvolved] decimal(18,2) NULL,
        [Tags] nvarchar(1000) NOT NULL,
        [Withdrawn] bit NOT NULL,
        [RecordedVersion] bigint NOT NULL,
        [Version] bigint NOT NULL,
        [TagsVersion] bigint NOT NULL,
        CONSTRAINT [PK_finding_replicas] PRIMARY KEY ([FindingId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[inspection_replicas] (
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(10) NOT NULL,
        [Issuer] nvarchar(50) NOT NULL,
        [Team] nvarchar(100) NOT NULL,
        [Round] nvarchar(100) NOT NULL,
        [Type] nvarchar(10) NOT NULL,
        [OnSiteStart] date NULL,
        [OnSiteEnd] date NULL,
        [RegistrationVersion] bigint NOT NULL,
        [FeedbackOn] date NULL,
        [FeedbackVersion] bigint NOT NULL,
        [PlanDue] date NULL,
        [ProgressReportDue] date NULL,
        [PublicNoticeDue] date NULL,
        [DueDatesVersion] bigint NOT NULL,
        [ClosedOn] date NULL,
        CONSTRAINT [PK_inspection_replicas] PRIMARY KEY ([InspectionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[person_replicas] (
        [PersonId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [DepartmentId] uniqueidentifier NULL,
        [Name] nvarchar(100) NOT NULL,
        [Position] nvarchar(100) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_person_replicas] PRIMARY KEY ([PersonId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[tasks] (
        [Id] uniqueidentifier NOT NULL,
        [FindingId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Measures] nvarchar(4000) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [State] nvarchar(30) NOT NULL,
        [ResponsibleLeaderId] uniqueidentifier NULL,
        [ResponsibleLeader] nvarchar(200) NULL,
        [ResponsibleDepartment] nvarchar(200) NULL,
        [ResponsiblePersonId] uniqueidentifier NULL,
        [ResponsiblePerson] nvarchar(100) NULL,
        [OriginalDeadline] date NULL,
        [Deadline] date NULL,
        [DeadlineText] nvarchar(100) NULL,
        [DeadlineVersion] int NOT NULL,
        [PendingReviewLevel] int NULL,
        [PendingCloseOutId] uniqueidentifier NULL,
        [ReturnReason] nvarchar(1000) NULL,
        [ClosedOn] date NULL,
        [ImportId] uniqueidentifier NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_tasks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[close_out_requests] (
        [Id] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [Note] nvarchar(2000) NULL,
        [RequestedBy] nvarchar(100) NULL,
        [RequestedByName] nvarchar(100) NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        CONSTRAINT [PK_close_out_requests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_close_out_requests_tasks_TaskId] FOREIGN KEY ([TaskId]) REFERENCES [tasks].[tasks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[deadline_revisions] (
        [Id] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [Version] int NOT NULL,
        [From] date NULL,
        [To] date NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [RequestedBy] nvarchar(100) NULL,
        [RequestedByName] nvarchar(100) NULL,
        [ApprovedBy] nvarchar(100) NULL,
        [ApprovedByName] nvarchar(100) NULL,
        [ExtensionRequestId] uniqueidentifier NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_deadline_revisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_deadline_revisions_tasks_TaskId] FOREIGN KEY ([TaskId]) REFERENCES [tasks].[tasks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[extension_requests] (
        [Id] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [ProposedDeadline] date NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [RequestedBy] nvarchar(100) NULL,
        [RequestedByName] nvarchar(100) NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [DecidedBy] nvarchar(100) NULL,
        [DecidedByName] nvarchar(100) NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecisionReason] nvarchar(1000) NULL,
        CONSTRAINT [PK_extension_requests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_extension_requests_tasks_TaskId] FOREIGN KEY ([TaskId]) REFERENCES [tasks].[tasks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[outcomes] (
        [Id] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [ProgressEntryId] uniqueidentifier NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Title] nvarchar(300) NULL,
        [TalkKind] nvarchar(30) NULL,
        [People] int NULL,
        [Batches] int NULL,
        [Amount] decimal(18,2) NULL,
        [Actor] nvarchar(100) NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_outcomes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_outcomes_tasks_TaskId] FOREIGN KEY ([TaskId]) REFERENCES [tasks].[tasks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[progress_entries] (
        [Id] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [ReportedOn] date NOT NULL,
        [Position] int NOT NULL,
        [Narrative] nvarchar(max) NOT NULL,
        [Actor] nvarchar(100) NULL,
        [ActorName] nvarchar(100) NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_progress_entries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_progress_entries_tasks_TaskId] FOREIGN KEY ([TaskId]) REFERENCES [tasks].[tasks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE TABLE [tasks].[close_out_reviews] (
        [Id] uniqueidentifier NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [Level] int NOT NULL,
        [Approved] bit NOT NULL,
        [Reason] nvarchar(1000) NULL,
        [Reviewer] nvarchar(100) NULL,
        [ReviewerName] nvarchar(100) NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_close_out_reviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_close_out_reviews_close_out_requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [tasks].[close_out_requests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_audit_entries_InspectionId] ON [tasks].[audit_entries] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_audit_entries_TaskId] ON [tasks].[audit_entries] ([TaskId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_close_out_requests_TaskId] ON [tasks].[close_out_requests] ([TaskId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_close_out_reviews_RequestId] ON [tasks].[close_out_reviews] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_close_out_reviews_TaskId] ON [tasks].[close_out_reviews] ([TaskId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE UNIQUE INDEX [IX_deadline_revisions_TaskId_Version] ON [tasks].[deadline_revisions] ([TaskId], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_extension_requests_TaskId] ON [tasks].[extension_requests] ([TaskId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_finding_replicas_InspectionId] ON [tasks].[finding_replicas] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_inspection_replicas_UnitId] ON [tasks].[inspection_replicas] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_outcomes_TaskId] ON [tasks].[outcomes] ([TaskId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_person_replicas_UnitId] ON [tasks].[person_replicas] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE UNIQUE INDEX [IX_progress_entries_TaskId_Position] ON [tasks].[progress_entries] ([TaskId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_tasks_FindingId] ON [tasks].[tasks] ([FindingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_tasks_ImportId_FindingId] ON [tasks].[tasks] ([ImportId], [FindingId]) WHERE [ImportId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_tasks_InspectionId] ON [tasks].[tasks] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_tasks_ResponsibleLeaderId] ON [tasks].[tasks] ([ResponsibleLeaderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_tasks_ResponsiblePersonId] ON [tasks].[tasks] ([ResponsiblePersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    CREATE INDEX [IX_tasks_UnitId] ON [tasks].[tasks] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122072658_Plan'
)
BEGIN
    INSERT INTO [tasks].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122072658_Plan', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081756_EvidenceFiles'
)
BEGIN
    CREATE TABLE [tasks].[evidence_files] (
        [Id] uniqueidentifier NOT NULL,
        [TaskId] uniqueidentifier NOT NULL,
        [ProgressEntryId] uniqueidentifier NULL,
        [FileName] nvarchar(200) NOT NULL,
        [Type] nvarchar(10) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [UploadedBy] nvarchar(100) NULL,
        [UploadedByName] nvarchar(100) NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        [RemovedAt] datetimeoffset NULL,
        [RemovedBy] nvarchar(100) NULL,
        [RemovedByName] nvarchar(100) NULL,
        [RemovalReason] nvarchar(1000) NULL,
        CONSTRAINT [PK_evidence_files] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_evidence_files_progress_entries_ProgressEntryId] FOREIGN KEY ([ProgressEntryId]) REFERENCES [tasks].[progress_entries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_evidence_files_tasks_TaskId] FOREIGN KEY ([TaskId]) REFERENCES [tasks].[tasks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081756_EvidenceFiles'
)
BEGIN
    CREATE TABLE [tasks].[close_out_evidence] (
        [RequestId] uniqueidentifier NOT NULL,
        [EvidenceId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_close_out_evidence] PRIMARY KEY ([RequestId], [EvidenceId]),
        CONSTRAINT [FK_close_out_evidence_close_out_requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [tasks].[close_out_requests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_close_out_evidence_evidence_files_EvidenceId] FOREIGN KEY ([EvidenceId]) REFERENCES [tasks].[evidence_files] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081756_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_close_out_evidence_EvidenceId] ON [tasks].[close_out_evidence] ([EvidenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081756_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_evidence_files_ProgressEntryId] ON [tasks].[evidence_files] ([ProgressEntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081756_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_evidence_files_Sha256] ON [tasks].[evidence_files] ([Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081756_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_evidence_files_TaskId] ON [tasks].[evidence_files] ([TaskId]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122081756_EvidenceFiles'
)
BEGIN
    INSERT INTO [tasks].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122081756_EvidenceFiles', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122102037_CalendarOverridesForTasks'
)
BEGIN
    CREATE TABLE [tasks].[calendar_overrides] (
        [Date] date NOT NULL,
        [IsWorkingDay] bit NULL,
        [Name] nvarchar(100) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_calendar_overrides] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122102037_CalendarOverridesForTasks'
)
BEGIN
    INSERT INTO [tasks].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122102037_CalendarOverridesForTasks', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005237_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    ALTER TABLE [tasks].[outbox_messages] ADD [DeadAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005237_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE TABLE [tasks].[account_stamps] (
        [AccountId] uniqueidentifier NOT NULL,
        [TokenVersion] bigint NOT NULL,
        [Disabled] bit NOT NULL,
        [Version] bigint NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_account_stamps] PRIMARY KEY ([AccountId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005237_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_DeadAt_AggregateKey] ON [tasks].[outbox_messages] ([DeadAt], [AggregateKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005237_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    INSERT INTO [tasks].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207005237_AddAccountStampsAndOutboxDeadLetters', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207133527_OfficeCloseOutAndDeadlineLock'
)
BEGIN
    ALTER TABLE [tasks].[tasks] ADD [UnlockReason] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207133527_OfficeCloseOutAndDeadlineLock'
)
BEGIN
    ALTER TABLE [tasks].[tasks] ADD [UnlockedDeadlineVersion] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207133527_OfficeCloseOutAndDeadlineLock'
)
BEGIN
    ALTER TABLE [tasks].[inspection_replicas] ADD [CloseOutLevels] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207133527_OfficeCloseOutAndDeadlineLock'
)
BEGIN
    ALTER TABLE [tasks].[inspection_replicas] ADD [CloseOutPolicyVersion] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207133527_OfficeCloseOutAndDeadlineLock'
)
BEGIN
    ALTER TABLE [tasks].[inspection_replicas] ADD [OfficeReviewedFindingIds] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207133527_OfficeCloseOutAndDeadlineLock'
)
BEGIN
    ALTER TABLE [tasks].[extension_requests] ADD [GrantedDeadline] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [tasks].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207133527_OfficeCloseOutAndDeadlineLock'
)
BEGIN
    INSERT INTO [tasks].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207133527_OfficeCloseOutAndDeadlineLock', N'10.0.14');
END;

COMMIT;
GO

