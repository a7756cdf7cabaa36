-- One database and one login per Rectify service (docker-compose.yml's db-init, and the k8s dev
-- overlay's db-init Job, which carries a copy of this file that a test keeps equal).
-- Each login is a user only in its own database (db_owner there, so `<service> migrate` can apply
-- its migrations); it has no user in any other database, and `guest` is disabled in new databases,
-- so no service can read another's data. Run by sqlcmd as a sysadmin; passwords come from the
-- environment as sqlcmd scripting variables (UNITS_DB_PASSWORD, ...).
-- Idempotent: run it again after changing a password in .env / the Secret to rotate it
-- (docs/operations.md). Letters and digits only in passwords: they are pasted into N'...'.
SET NOCOUNT ON;
GO

-- units
IF DB_ID(N'rectify_units') IS NULL
BEGIN
    CREATE DATABASE [rectify_units];
    -- Readers do not block writers (the outbox relay polls while requests write).
    ALTER DATABASE [rectify_units] SET READ_COMMITTED_SNAPSHOT ON;
    ALTER DATABASE [rectify_units] SET RECOVERY FULL;
END;
GO
IF SUSER_ID(N'rectify_units') IS NULL
    CREATE LOGIN [rectify_units] WITH PASSWORD = N'$(UNITS_DB_PASSWORD)',
        DEFAULT_DATABASE = [rectify_units], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
ELSE
    ALTER LOGIN [rectify_units] WITH PASSWORD = N'$(UNITS_DB_PASSWORD)';
GO
USE [rectify_units];
GO
IF USER_ID(N'rectify_units') IS NULL
    CREATE USER [rectify_units] FOR LOGIN [rectify_units] WITH DEFAULT_SCHEMA = [units];
ELSE
    -- A database restored from another server keeps its user: link it to this server's login.
    ALTER USER [rectify_units] WITH LOGIN = [rectify_units];
ALTER ROLE db_owner ADD MEMBER [rectify_units];
USE [master];
GO

-- findings
IF DB_ID(N'rectify_findings') IS NULL
BEGIN
    CREATE DATABASE [rectify_findings];
    -- Readers do not block writers (the outbox relay polls while requests write).
    ALTER DATABASE [rectify_findings] SET READ_COMMITTED_SNAPSHOT ON;
    ALTER DATABASE [rectify_findings] SET RECOVERY FULL;
END;
GO
IF SUSER_ID(N'rectify_findings') IS NULL
    CREATE LOGIN [rectify_findings] WITH PASSWORD = N'$(FINDINGS_DB_PASSWORD)',
        DEFAULT_DATABASE = [rectify_findings], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
ELSE
    ALTER LOGIN [rectify_findings] WITH PASSWORD = N'$(FINDINGS_DB_PASSWORD)';
GO
USE [rectify_findings];
GO
IF USER_ID(N'rectify_findings') IS NULL
    CREATE USER [rectify_findings] FOR LOGIN [rectify_findings] WITH DEFAULT_SCHEMA = [findings];
ELSE
    -- A database restored from another server keeps its user: link it to this server's login.
    ALTER USER [rectify_findings] WITH LOGIN = [rectify_findings];
ALTER ROLE db_owner ADD MEMBER [rectify_findings];
USE [master];
GO

-- tasks
IF DB_ID(N'rectify_tasks') IS NULL
BEGIN
    CREATE DATABASE [rectify_tasks];
    -- Readers do not block writers (the outbox relay polls while requests write).
    ALTER DATABASE [rectify_tasks] SET READ_COMMITTED_SNAPSHOT ON;
    ALTER DATABASE [rectify_tasks] SET RECOVERY FULL;
END;
GO
IF SUSER_ID(N'rectify_tasks') IS NULL
    CREATE LOGIN [rectify_tasks] WITH PASSWORD = N'$(TASKS_DB_PASSWORD)',
        DEFAULT_DATABASE = [rectify_tasks], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
ELSE
    ALTER LOGIN [rectify_tasks] WITH PASSWORD = N'$(TASKS_DB_PASSWORD)';
GO
USE [rectify_tasks];
GO
IF USER_ID(N'rectify_tasks') IS NULL
    CREATE USER [rectify_tasks] FOR LOGIN [rectify_tasks] WITH DEFAULT_SCHEMA = [tasks];
ELSE
    -- A database restored from another server keeps its user: link it to this server's login.
    ALTER USER [rectify_tasks] WITH LOGIN = [rectify_tasks];
ALTER ROLE db_owner ADD MEMBER [rectify_tasks];
USE [master];
GO

-- notifications
IF DB_ID(N'rectify_notifications') IS NULL
BEGIN
    CREATE DATABASE [rectify_notifications];
    -- Readers do not block writers (the outbox relay polls while requests write).
    ALTER DATABASE [rectify_notifications] SET READ_COMMITTED_SNAPSHOT ON;
    ALTER DATABASE [rectify_notifications] SET RECOVERY FULL;
END;
GO
IF SUSER_ID(N'rectify_notifications') IS NULL
    CREATE LOGIN [rectify_notifications] WITH PASSWORD = N'$(NOTIFICATIONS_DB_PASSWORD)',
        DEFAULT_DATABASE = [rectify_notifications], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
ELSE
    ALTER LOGIN [rectify_notifications] WITH PASSWORD = N'$(NOTIFICATIONS_DB_PASSWORD)';
GO
USE [rectify_notifications];
GO
IF USER_ID(N'rectify_notifications') IS NULL
    CREATE USER [rectify_notifications] FOR LOGIN [rectify_notifications] WITH DEFAULT_SCHEMA = [notifications];
ELSE
    -- A database restored from another server keeps its user: link it to this server's login.
    ALTER USER [rectify_notifications] WITH LOGIN = [rectify_notifications];
ALTER ROLE db_owner ADD MEMBER [rectify_notifications];
USE [master];
GO

-- reporting
IF DB_ID(N'rectify_reporting') IS NULL
BEGIN
    CREATE DATABASE [rectify_reporting];
    -- Readers do not block writers (the outbox relay polls while requests write).
    ALTER DATABASE [rectify_reporting] SET READ_COMMITTED_SNAPSHOT ON;
    ALTER DATABASE [rectify_reporting] SET RECOVERY FULL;
END;
GO
IF SUSER_ID(N'rectify_reporting') IS NULL
    CREATE LOGIN [rectify_reporting] WITH PASSWORD = N'$(REPORTING_DB_PASSWORD)',
        DEFAULT_DATABASE = [rectify_reporting], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
ELSE
    ALTER LOGIN [rectify_reporting] WITH PASSWORD = N'$(REPORTING_DB_PASSWORD)';
GO
USE [rectify_reporting];
GO
IF USER_ID(N'rectify_reporting') IS NULL
    CREATE USER [rectify_reporting] FOR LOGIN [rectify_reporting] WITH DEFAULT_SCHEMA = [reporting];
ELSE
    -- A database restored from another server keeps its user: link it to this server's login.
    ALTER USER [rectify_reporting] WITH LOGIN = [rectify_reporting];
ALTER ROLE db_owner ADD MEMBER [rectify_reporting];
USE [master];
GO
