DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'reporting') THEN
        CREATE SCHEMA reporting;
    END IF;
END $EF$;
CREATE TABLE IF NOT EXISTS reporting."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
        IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'reporting') THEN
            CREATE SCHEMA reporting;
        END IF;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.calendar_overrides (
        "Date" date NOT NULL,
        "IsWorkingDay" boolean,
        "Name" character varying(100),
        "Version" bigint NOT NULL,
        CONSTRAINT "PK_calendar_overrides" PRIMARY KEY ("Date")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.counters (
        "Name" character varying(100) NOT NULL,
        "Value" bigint NOT NULL,
        CONSTRAINT "PK_counters" PRIMARY KEY ("Name")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.figure_basis (
        "Id" integer NOT NULL,
        "Today" date,
        "YellowUntil" date,
        "StaleBefore" date,
        "Version" bigint NOT NULL,
        CONSTRAINT "PK_figure_basis" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.findings (
        "FindingId" uuid NOT NULL,
        "InspectionId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "ParentId" uuid,
        "Level" integer NOT NULL,
        "Ordinal" character varying(20) NOT NULL,
        "Title" character varying(2000) NOT NULL,
        "ImmediateFix" boolean NOT NULL,
        "MoneyInvolved" numeric(18,2),
        "Position" bigint NOT NULL,
        "Withdrawn" boolean NOT NULL,
        "Version" bigint NOT NULL,
        "TagsVersion" bigint NOT NULL,
        CONSTRAINT "PK_findings" PRIMARY KEY ("FindingId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.inbox_messages (
        "MessageId" uuid NOT NULL,
        "Consumer" character varying(200) NOT NULL,
        "ProcessedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_inbox_messages" PRIMARY KEY ("MessageId", "Consumer")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.inspections (
        "InspectionId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "Kind" character varying(10) NOT NULL,
        "Issuer" character varying(40) NOT NULL,
        "Team" character varying(100) NOT NULL,
        "Round" character varying(100) NOT NULL,
        "Type" character varying(20) NOT NULL,
        "OnSiteStart" date,
        "OnSiteEnd" date,
        "FeedbackOn" date,
        "StartedOn" date,
        "ClosedOn" date,
        "ClueCount" integer NOT NULL,
        "Withdrawn" boolean NOT NULL,
        "RegistrationVersion" bigint NOT NULL,
        "FeedbackVersion" bigint NOT NULL,
        "ClueVersion" bigint NOT NULL,
        CONSTRAINT "PK_inspections" PRIMARY KEY ("InspectionId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.notices (
        "Id" uuid NOT NULL,
        "InspectionId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "JurisdictionPath" character varying(400) NOT NULL,
        "Status" character varying(20) NOT NULL,
        "Organisation" text,
        "NextSteps" text,
        "OverridesJson" text NOT NULL,
        "PublishedOn" date,
        "Title" character varying(300),
        "LinesJson" text,
        "FactsJson" text,
        "CreatedAt" timestamp with time zone NOT NULL,
        "PublishedAt" timestamp with time zone,
        "WithdrawnAt" timestamp with time zone,
        "Version" bigint NOT NULL,
        CONSTRAINT "PK_notices" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.outbox_leases (
        "Name" character varying(100) NOT NULL,
        "Holder" character varying(200) NOT NULL,
        "ExpiresAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_outbox_leases" PRIMARY KEY ("Name")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.outbox_messages (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "MessageId" uuid NOT NULL,
        "MessageType" character varying(300) NOT NULL,
        "Body" text NOT NULL,
        "AggregateKey" character varying(200) NOT NULL,
        "OccurredAt" timestamp with time zone NOT NULL,
        "TraceParent" character varying(100),
        "Attempts" integer NOT NULL,
        "NextAttemptAt" timestamp with time zone,
        "SentAt" timestamp with time zone,
        "LastError" character varying(2000),
        CONSTRAINT "PK_outbox_messages" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.person_names (
        "PersonId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "Name" character varying(100) NOT NULL,
        "Version" bigint NOT NULL,
        CONSTRAINT "PK_person_names" PRIMARY KEY ("PersonId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.progress_notes (
        "EntryId" uuid NOT NULL,
        "TaskId" uuid NOT NULL,
        "ReportedOn" date NOT NULL,
        "Narrative" text NOT NULL,
        "Position" bigint NOT NULL,
        CONSTRAINT "PK_progress_notes" PRIMARY KEY ("EntryId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.rebuild_runs (
        "Id" uuid NOT NULL,
        "RequestedBy" character varying(100),
        "RequestedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_rebuild_runs" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.report_obligations (
        "InspectionId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "Every" integer NOT NULL,
        "IntervalUnit" character varying(10) NOT NULL,
        "FirstDue" date NOT NULL,
        "Until" date,
        "Version" bigint NOT NULL,
        CONSTRAINT "PK_report_obligations" PRIMARY KEY ("InspectionId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.reported_periods (
        "InspectionId" uuid NOT NULL,
        "PeriodDue" date NOT NULL,
        "ReportId" uuid NOT NULL,
        "SubmittedOn" date NOT NULL,
        CONSTRAINT "PK_reported_periods" PRIMARY KEY ("InspectionId", "PeriodDue")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.snapshot_items (
        "SnapshotId" uuid NOT NULL,
        "TaskId" uuid NOT NULL,
        "FindingId" uuid NOT NULL,
        "InspectionId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "State" character varying(30) NOT NULL,
        "OriginalDeadline" date,
        "Deadline" date,
        "Figures" character varying(300) NOT NULL,
        CONSTRAINT "PK_snapshot_items" PRIMARY KEY ("SnapshotId", "TaskId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.snapshots (
        "Id" uuid NOT NULL,
        "Label" character varying(100) NOT NULL,
        "JurisdictionPath" character varying(400),
        "UnitId" uuid,
        "UnitJurisdictionPath" text,
        "AsOf" date NOT NULL,
        "TakenAt" timestamp with time zone NOT NULL,
        "TakenBy" character varying(100),
        "FiguresJson" text NOT NULL,
        CONSTRAINT "PK_snapshots" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.task_sums (
        "UnitId" uuid NOT NULL,
        "InspectionId" uuid NOT NULL,
        "Category" character varying(50) NOT NULL,
        "JurisdictionPath" character varying(400) NOT NULL,
        "Total" integer NOT NULL,
        "Closed" integer NOT NULL,
        "Sustained" integer NOT NULL,
        "InProgress" integer NOT NULL,
        "NotStarted" integer NOT NULL,
        "Slipped" integer NOT NULL,
        "SlipDays" integer NOT NULL,
        "RulesMade" integer NOT NULL,
        "RulesRevised" integer NOT NULL,
        "TalkPeople" integer NOT NULL,
        "TalkBatches" integer NOT NULL,
        "MoneyReturnedFen" bigint NOT NULL,
        "MoneyRecoveredFen" bigint NOT NULL,
        "PeopleHeldAccountable" integer NOT NULL,
        "Overdue" integer NOT NULL,
        "Yellow" integer NOT NULL,
        "NoRecentProgress" integer NOT NULL,
        CONSTRAINT "PK_task_sums" PRIMARY KEY ("UnitId", "InspectionId", "Category")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.tasks (
        "TaskId" uuid NOT NULL,
        "FindingId" uuid NOT NULL,
        "InspectionId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "JurisdictionPath" character varying(400) NOT NULL,
        "Kind" character varying(20) NOT NULL,
        "State" character varying(30) NOT NULL,
        "IsClosed" boolean NOT NULL,
        "Measures" text NOT NULL,
        "ResponsibleDepartment" character varying(200),
        "ResponsibleLeader" character varying(200),
        "ResponsiblePerson" character varying(100),
        "OriginalDeadline" date,
        "Deadline" date,
        "SlipDays" integer NOT NULL,
        "ClosedOn" date,
        "LastActivityOn" date NOT NULL,
        "RulesMade" integer NOT NULL,
        "RulesRevised" integer NOT NULL,
        "TalkPeople" integer NOT NULL,
        "TalkBatches" integer NOT NULL,
        "MoneyReturnedFen" bigint NOT NULL,
        "MoneyRecoveredFen" bigint NOT NULL,
        "PeopleHeldAccountable" integer NOT NULL,
        "Withdrawn" boolean NOT NULL,
        "Version" bigint NOT NULL,
        "OpenDeadline" date,
        "OpenLastActivityOn" date,
        "OutcomesVersion" bigint NOT NULL,
        CONSTRAINT "PK_tasks" PRIMARY KEY ("TaskId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.unit_contacts (
        "UnitId" uuid NOT NULL,
        "Phone" character varying(50),
        "Email" character varying(200),
        "Address" character varying(300),
        "Version" bigint NOT NULL,
        CONSTRAINT "PK_unit_contacts" PRIMARY KEY ("UnitId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.unit_replicas (
        "UnitId" uuid NOT NULL,
        "Name" character varying(200) NOT NULL,
        "ShortName" character varying(100) NOT NULL,
        "Kind" character varying(20) NOT NULL,
        "JurisdictionId" uuid NOT NULL,
        "JurisdictionPath" character varying(400) NOT NULL,
        "Version" bigint NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_unit_replicas" PRIMARY KEY ("UnitId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.finding_tags (
        "FindingId" uuid NOT NULL,
        "Tag" character varying(50) NOT NULL,
        CONSTRAINT "PK_finding_tags" PRIMARY KEY ("FindingId", "Tag"),
        CONSTRAINT "FK_finding_tags_findings_FindingId" FOREIGN KEY ("FindingId") REFERENCES reporting.findings ("FindingId") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE TABLE reporting.rebuild_progress (
        "RunId" uuid NOT NULL,
        "Service" character varying(50) NOT NULL,
        "Count" integer NOT NULL,
        "FinishedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_rebuild_progress" PRIMARY KEY ("RunId", "Service"),
        CONSTRAINT "FK_rebuild_progress_rebuild_runs_RunId" FOREIGN KEY ("RunId") REFERENCES reporting.rebuild_runs ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    INSERT INTO reporting.figure_basis ("Id", "StaleBefore", "Today", "Version", "YellowUntil")
    VALUES (1, NULL, NULL, 0, NULL);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_finding_tags_Tag_FindingId" ON reporting.finding_tags ("Tag", "FindingId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_findings_InspectionId_Position" ON reporting.findings ("InspectionId", "Position");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_inspections_UnitId" ON reporting.inspections ("UnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_notices_InspectionId" ON reporting.notices ("InspectionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_notices_Status_PublishedAt" ON reporting.notices ("Status", "PublishedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE UNIQUE INDEX "IX_outbox_messages_MessageId" ON reporting.outbox_messages ("MessageId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_outbox_messages_SentAt_Id" ON reporting.outbox_messages ("SentAt", "Id");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_person_names_UnitId" ON reporting.person_names ("UnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_progress_notes_TaskId_Position" ON reporting.progress_notes ("TaskId", "Position");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_report_obligations_UnitId" ON reporting.report_obligations ("UnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_snapshot_items_SnapshotId_UnitId" ON reporting.snapshot_items ("SnapshotId", "UnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_task_sums_Category_JurisdictionPath" ON reporting.task_sums ("Category", "JurisdictionPath");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_tasks_FindingId" ON reporting.tasks ("FindingId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_tasks_InspectionId_FindingId" ON reporting.tasks ("InspectionId", "FindingId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_tasks_JurisdictionPath_UnitId" ON reporting.tasks ("JurisdictionPath", "UnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_tasks_OpenDeadline_UnitId_Withdrawn_JurisdictionPath_Inspec~" ON reporting.tasks ("OpenDeadline", "UnitId", "Withdrawn", "JurisdictionPath", "InspectionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_tasks_OpenLastActivityOn_UnitId_Withdrawn_JurisdictionPath_~" ON reporting.tasks ("OpenLastActivityOn", "UnitId", "Withdrawn", "JurisdictionPath", "InspectionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_tasks_UnitId_InspectionId" ON reporting.tasks ("UnitId", "InspectionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    CREATE INDEX "IX_unit_replicas_JurisdictionPath" ON reporting.unit_replicas ("JurisdictionPath");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207004901_Initial') THEN
    INSERT INTO reporting."__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261207004901_Initial', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207021604_AddAccountStampsAndOutboxDeadLetters') THEN
    ALTER TABLE reporting.outbox_messages ADD "DeadAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207021604_AddAccountStampsAndOutboxDeadLetters') THEN
    CREATE TABLE reporting.account_stamps (
        "AccountId" uuid NOT NULL,
        "TokenVersion" bigint NOT NULL,
        "Disabled" boolean NOT NULL,
        "Version" bigint NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_account_stamps" PRIMARY KEY ("AccountId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207021604_AddAccountStampsAndOutboxDeadLetters') THEN
    CREATE INDEX "IX_outbox_messages_DeadAt_AggregateKey" ON reporting.outbox_messages ("DeadAt", "AggregateKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207021604_AddAccountStampsAndOutboxDeadLetters') THEN
    INSERT INTO reporting."__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261207021604_AddAccountStampsAndOutboxDeadLetters', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207135327_LateAndLockedTasks') THEN
    ALTER TABLE reporting.tasks ADD "ClosedLate" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207135327_LateAndLockedTasks') THEN
    ALTER TABLE reporting.tasks ADD "UnlockedCurrentDeadline" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM reporting."__EFMigrationsHistory" WHERE "MigrationId" = '20261207135327_LateAndLockedTasks') THEN
    INSERT INTO reporting."__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261207135327_LateAndLockedTasks', '10.0.14');
    END IF;
END $EF$;
COMMIT;

