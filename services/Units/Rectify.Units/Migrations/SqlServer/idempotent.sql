IF OBJECT_ID(N'[units].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'units') IS NULL EXEC(N'CREATE SCHEMA [units];');
    CREATE TABLE [units].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    IF SCHEMA_ID(N'units') IS NULL EXEC(N'CREATE SCHEMA [units];');
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[accounts] (
        [Id] uniqueidentifier NOT NULL,
        [UserName] nvarchar(100) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [PasswordHash] nvarchar(500) NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [FailedSignIns] int NOT NULL,
        [LockedUntil] datetimeoffset NULL,
        [Disabled] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_accounts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[inbox_messages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(200) NOT NULL,
        [ProcessedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_inbox_messages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[jurisdictions] (
        [Id] uniqueidentifier NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [Name] nvarchar(100) NOT NULL,
        [Level] nvarchar(20) NOT NULL,
        [Path] nvarchar(400) NOT NULL,
        [Committee] nvarchar(100) NOT NULL,
        [InspectionOffice] nvarchar(200) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_jurisdictions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[outbox_leases] (
        [Name] nvarchar(100) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_outbox_leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[outbox_messages] (
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
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[role_grants] (
        [Id] uniqueidentifier NOT NULL,
        [AccountId] uniqueidentifier NOT NULL,
        [Role] nvarchar(50) NOT NULL,
        [UnitId] uniqueidentifier NULL,
        [JurisdictionId] uniqueidentifier NULL,
        [JurisdictionPath] nvarchar(400) NULL,
        CONSTRAINT [PK_role_grants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_role_grants_accounts_AccountId] FOREIGN KEY ([AccountId]) REFERENCES [units].[accounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[units] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ShortName] nvarchar(100) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [JurisdictionId] uniqueidentifier NOT NULL,
        [JurisdictionPath] nvarchar(400) NOT NULL,
        [ContactPhone] nvarchar(50) NULL,
        [ContactEmail] nvarchar(200) NULL,
        [ContactAddress] nvarchar(300) NULL,
        [Version] bigint NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_units] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_units_jurisdictions_JurisdictionId] FOREIGN KEY ([JurisdictionId]) REFERENCES [units].[jurisdictions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[departments] (
        [Id] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_departments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_departments_units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [units].[units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE TABLE [units].[people] (
        [Id] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [DepartmentId] uniqueidentifier NULL,
        [Name] nvarchar(50) NOT NULL,
        [Position] nvarchar(100) NOT NULL,
        [Email] nvarchar(200) NULL,
        [Mobile] nvarchar(30) NULL,
        [DingTalkUserId] nvarchar(100) NULL,
        [WeComUserId] nvarchar(100) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_people] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_people_departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [units].[departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_people_units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [units].[units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE INDEX [IX_accounts_PersonId] ON [units].[accounts] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_accounts_UserName] ON [units].[accounts] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_departments_UnitId_Name] ON [units].[departments] ([UnitId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_jurisdictions_ParentId_Name] ON [units].[jurisdictions] ([ParentId], [Name]) WHERE [ParentId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_jurisdictions_Path] ON [units].[jurisdictions] ([Path]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_outbox_messages_MessageId] ON [units].[outbox_messages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_SentAt_Id] ON [units].[outbox_messages] ([SentAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE INDEX [IX_people_DepartmentId] ON [units].[people] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE INDEX [IX_people_UnitId_Name] ON [units].[people] ([UnitId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_role_grants_AccountId_Role_UnitId_JurisdictionId] ON [units].[role_grants] ([AccountId], [Role], [UnitId], [JurisdictionId]) WHERE [UnitId] IS NOT NULL AND [JurisdictionId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE INDEX [IX_role_grants_UnitId] ON [units].[role_grants] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE INDEX [IX_units_JurisdictionId] ON [units].[units] ([JurisdictionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE INDEX [IX_units_JurisdictionPath] ON [units].[units] ([JurisdictionPath]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_units_Name] ON [units].[units] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122050848_Initial'
)
BEGIN
    INSERT INTO [units].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122050848_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105322_AddUnitFirstResponsiblePerson'
)
BEGIN
    ALTER TABLE [units].[units] ADD [FirstResponsiblePersonId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122105322_AddUnitFirstResponsiblePerson'
)
BEGIN
    INSERT INTO [units].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122105322_AddUnitFirstResponsiblePerson', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005153_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    ALTER TABLE [units].[outbox_messages] ADD [DeadAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005153_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    ALTER TABLE [units].[accounts] ADD [TokenVersion] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005153_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    CREATE INDEX [IX_outbox_messages_DeadAt_AggregateKey] ON [units].[outbox_messages] ([DeadAt], [AggregateKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207005153_AddAccountStampsAndOutboxDeadLetters'
)
BEGIN
    INSERT INTO [units].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207005153_AddAccountStampsAndOutboxDeadLetters', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207030339_SignInThrottlesAndGrantAudit'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[units].[accounts]') AND [c].[name] = N'FailedSignIns');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [units].[accounts] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [units].[accounts] DROP COLUMN [FailedSignIns];
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207030339_SignInThrottlesAndGrantAudit'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[units].[accounts]') AND [c].[name] = N'LockedUntil');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [units].[accounts] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [units].[accounts] DROP COLUMN [LockedUntil];
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207030339_SignInThrottlesAndGrantAudit'
)
BEGIN
    CREATE TABLE [units].[grant_audit] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetimeoffset NOT NULL,
        [ActorAccountId] uniqueidentifier NULL,
        [AccountId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [Action] nvarchar(20) NOT NULL,
        [Role] nvarchar(50) NOT NULL,
        [UnitId] uniqueidentifier NULL,
        [JurisdictionId] uniqueidentifier NULL,
        CONSTRAINT [PK_grant_audit] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207030339_SignInThrottlesAndGrantAudit'
)
BEGIN
    CREATE TABLE [units].[sign_in_throttles] (
        [AccountId] uniqueidentifier NOT NULL,
        [Client] nvarchar(64) NOT NULL,
        [Failures] int NOT NULL,
        [Lockouts] int NOT NULL,
        [LockedUntil] datetimeoffset NULL,
        [LastAttemptAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_sign_in_throttles] PRIMARY KEY ([AccountId], [Client]),
        CONSTRAINT [FK_sign_in_throttles_accounts_AccountId] FOREIGN KEY ([AccountId]) REFERENCES [units].[accounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207030339_SignInThrottlesAndGrantAudit'
)
BEGIN
    CREATE INDEX [IX_grant_audit_AccountId] ON [units].[grant_audit] ([AccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [units].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207030339_SignInThrottlesAndGrantAudit'
)
BEGIN
    INSERT INTO [units].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207030339_SignInThrottlesAndGrantAudit', N'10.0.14');
END;

COMMIT;
GO

