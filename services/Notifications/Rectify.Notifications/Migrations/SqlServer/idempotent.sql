IF OBJECT_ID(N'[notifications].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'notifications') IS NULL EXEC(N'CREATE SCHEMA [notifications];');
    CREATE TABLE [notifications].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    IF SCHEMA_ID(N'notifications') IS NULL EXEC(N'CREATE SCHEMA [notifications];');
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    CREATE TABLE [notifications].[inbox_messages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(200) NOT NULL,
        [ProcessedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_inbox_messages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    CREATE TABLE [notifications].[outbox_leases] (
        [Name] nvarchar(100) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_outbox_leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    CREATE TABLE [notifications].[outbox_messages] (
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
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    CREATE TABLE [notifications].[unit_replicas] (
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
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_outbox_messages_MessageId] ON [notifications].[outbox_messages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_SentAt_Id] ON [notifications].[outbox_messages] ([SentAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    CREATE INDEX [IX_unit_replicas_JurisdictionPath] ON [notifications].[unit_replicas] ([JurisdictionPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050949_Initial'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122050949_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[calendar_days] (
        [Date] date NOT NULL,
        [IsWorkingDay] bit NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        CONSTRAINT [PK_calendar_days] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[calendar_years] (
        [Year] int NOT NULL,
        [SeededAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_calendar_years] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[deadlines] (
        [SubjectKind] nvarchar(30) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NULL,
        [Title] nvarchar(400) NOT NULL,
        [Deadline] date NOT NULL,
        [DeadlineVersion] bigint NOT NULL,
        [Version] bigint NOT NULL,
        [Closed] bit NOT NULL,
        [ResponsibleIds] nvarchar(2000) NOT NULL,
        [LeaderIds] nvarchar(2000) NOT NULL,
        CONSTRAINT [PK_deadlines] PRIMARY KEY ([SubjectKind], [SubjectId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[inbox_items] (
        [Id] bigint NOT NULL IDENTITY,
        [PersonId] uniqueidentifier NOT NULL,
        [ScheduleId] bigint NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [SubjectKind] nvarchar(30) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [Title] nvarchar(400) NOT NULL,
        [Body] nvarchar(4000) NOT NULL,
        [IsEscalation] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ReadAt] datetimeoffset NULL,
        CONSTRAINT [PK_inbox_items] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[people] (
        [PersonId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Position] nvarchar(100) NOT NULL,
        [Email] nvarchar(320) NULL,
        [Mobile] nvarchar(40) NULL,
        [DingTalkUserId] nvarchar(100) NULL,
        [WeComUserId] nvarchar(100) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_people] PRIMARY KEY ([PersonId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[preferences] (
        [PersonId] uniqueidentifier NOT NULL,
        [Email] bit NOT NULL,
        [Inbox] bit NOT NULL,
        [Webhook] bit NOT NULL,
        [QuietStart] time NULL,
        [QuietEnd] time NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_preferences] PRIMARY KEY ([PersonId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[role_grants] (
        [Key] nvarchar(200) NOT NULL,
        [AccountId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [Role] nvarchar(40) NOT NULL,
        [UnitId] uniqueidentifier NULL,
        [JurisdictionId] uniqueidentifier NULL,
        CONSTRAINT [PK_role_grants] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[rule_policies] (
        [JurisdictionPath] nvarchar(400) NOT NULL,
        [Rules] nvarchar(4000) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_rule_policies] PRIMARY KEY ([JurisdictionPath])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[schedules] (
        [Id] bigint NOT NULL IDENTITY,
        [SubjectKind] nvarchar(30) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NULL,
        [Rule] nvarchar(30) NOT NULL,
        [DeadlineVersion] bigint NOT NULL,
        [Deadline] date NOT NULL,
        [RecipientId] uniqueidentifier NOT NULL,
        [Tier] nvarchar(30) NOT NULL,
        [IsEscalation] bit NOT NULL,
        [WorkingDaysOverdue] int NOT NULL,
        [RemindOn] date NOT NULL,
        [DueAt] datetimeoffset NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [ClaimedBy] nvarchar(200) NULL,
        [ClaimExpires] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CompletedAt] datetimeoffset NULL,
        CONSTRAINT [PK_schedules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[webhooks] (
        [Id] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Url] nvarchar(1000) NOT NULL,
        [Secret] nvarchar(200) NULL,
        [Enabled] bit NOT NULL,
        CONSTRAINT [PK_webhooks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE TABLE [notifications].[deliveries] (
        [Id] bigint NOT NULL IDENTITY,
        [ScheduleId] bigint NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Channel] nvarchar(20) NOT NULL,
        [Target] nvarchar(320) NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetimeoffset NULL,
        [LastError] nvarchar(2000) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [SentAt] datetimeoffset NULL,
        CONSTRAINT [PK_deliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_deliveries_schedules_ScheduleId] FOREIGN KEY ([ScheduleId]) REFERENCES [notifications].[schedules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_deadlines_InspectionId] ON [notifications].[deadlines] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_deadlines_UnitId] ON [notifications].[deadlines] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_deliveries_ScheduleId_Channel_Target] ON [notifications].[deliveries] ([ScheduleId], [Channel], [Target]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_deliveries_UnitId_CreatedAt] ON [notifications].[deliveries] ([UnitId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_inbox_items_PersonId_ReadAt_CreatedAt] ON [notifications].[inbox_items] ([PersonId], [ReadAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_inbox_items_ScheduleId] ON [notifications].[inbox_items] ([ScheduleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_people_UnitId] ON [notifications].[people] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_role_grants_Role_JurisdictionId] ON [notifications].[role_grants] ([Role], [JurisdictionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_role_grants_Role_UnitId] ON [notifications].[role_grants] ([Role], [UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_schedules_InspectionId] ON [notifications].[schedules] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_schedules_State_DueAt] ON [notifications].[schedules] ([State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_schedules_SubjectKind_SubjectId_Rule_DeadlineVersion_RecipientId] ON [notifications].[schedules] ([SubjectKind], [SubjectId], [Rule], [DeadlineVersion], [RecipientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_schedules_UnitId_State_DueAt] ON [notifications].[schedules] ([UnitId], [State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    CREATE INDEX [IX_webhooks_UnitId] ON [notifications].[webhooks] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122074937_Reminders'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122074937_Reminders', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105746_AddWeeklyDigestAndFirstResponsible'
)
BEGIN
    ALTER TABLE [notifications].[deadlines] ADD [ClosedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105746_AddWeeklyDigestAndFirstResponsible'
)
BEGIN
    CREATE TABLE [notifications].[first_responsible] (
        [UnitId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_first_responsible] PRIMARY KEY ([UnitId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105746_AddWeeklyDigestAndFirstResponsible'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122105746_AddWeeklyDigestAndFirstResponsible', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122110501_ReportObligations'
)
BEGIN
    CREATE TABLE [notifications].[report_obligations] (
        [InspectionId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Every] int NOT NULL,
        [IntervalUnit] nvarchar(10) NOT NULL,
        [FirstDue] date NOT NULL,
        [Until] date NULL,
        [SetOn] date NOT NULL,
        [SetVersion] bigint NOT NULL,
        [Stopped] bit NOT NULL,
        [ReportedDues] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_report_obligations] PRIMARY KEY ([InspectionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122110501_ReportObligations'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122110501_ReportObligations', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122141503_CalendarRemovals'
)
BEGIN
    ALTER TABLE [notifications].[calendar_days] ADD [EditedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122141503_CalendarRemovals'
)
BEGIN
    CREATE TABLE [notifications].[calendar_removals] (
        [Date] date NOT NULL,
        [RemovedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_calendar_removals] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122141503_CalendarRemovals'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122141503_CalendarRemovals', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142111_DigestTexts'
)
BEGIN
    CREATE TABLE [notifications].[digest_texts] (
        [ScheduleId] bigint NOT NULL,
        [Title] nvarchar(400) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_digest_texts] PRIMARY KEY ([ScheduleId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142111_DigestTexts'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122142111_DigestTexts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183427_Replans'
)
BEGIN
    ALTER TABLE [notifications].[deadlines] ADD [ReplannedFor] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183427_Replans'
)
BEGIN
    CREATE TABLE [notifications].[replan_requests] (
        [Id] bigint NOT NULL IDENTITY,
        [JurisdictionPath] nvarchar(400) NULL,
        [Reason] nvarchar(20) NOT NULL,
        [RequestedBy] nvarchar(200) NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [Total] int NOT NULL,
        [Done] int NOT NULL,
        [ClaimedBy] nvarchar(200) NULL,
        [ClaimExpires] datetimeoffset NULL,
        [CompletedAt] datetimeoffset NULL,
        CONSTRAINT [PK_replan_requests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183427_Replans'
)
BEGIN
    CREATE INDEX [IX_deadlines_Closed_ReplannedFor] ON [notifications].[deadlines] ([Closed], [ReplannedFor]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183427_Replans'
)
BEGIN
    CREATE INDEX [IX_replan_requests_CompletedAt] ON [notifications].[replan_requests] ([CompletedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122183427_Replans'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122183427_Replans', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206024814_ReplanUnit'
)
BEGIN
    ALTER TABLE [notifications].[replan_requests] ADD [UnitId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206024814_ReplanUnit'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206024814_ReplanUnit', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005258_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    ALTER TABLE [notifications].[outbox_messages] ADD [DeadAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005258_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE TABLE [notifications].[account_stamps] (
        [AccountId] uniqueidentifier NOT NULL,
        [TokenVersion] bigint NOT NULL,
        [Disabled] bit NOT NULL,
        [Version] bigint NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_account_stamps] PRIMARY KEY ([AccountId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005258_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_DeadAt_AggregateKey] ON [notifications].[outbox_messages] ([DeadAt], [AggregateKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [notifications].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005258_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    INSERT INTO [notifications].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207005258_AddAccountStampsAndOutboxDeadLetters', N'10.0.14');
END;

COMMIT;
GO

