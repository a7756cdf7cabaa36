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

