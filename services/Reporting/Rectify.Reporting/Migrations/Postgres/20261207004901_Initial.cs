using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rectify.Reporting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "calendar_overrides",
                schema: "reporting",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    IsWorkingDay = table.Column<bool>(type: "boolean", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_overrides", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "counters",
                schema: "reporting",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "figure_basis",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Today = table.Column<DateOnly>(type: "date", nullable: true),
                    YellowUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    StaleBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_basis", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                schema: "reporting",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ImmediateFix = table.Column<bool>(type: "boolean", nullable: false),
                    MoneyInvolved = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TagsVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => x.FindingId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "reporting",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "reporting",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Round = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OnSiteStart = table.Column<DateOnly>(type: "date", nullable: true),
                    OnSiteEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    FeedbackOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClueCount = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    RegistrationVersion = table.Column<long>(type: "bigint", nullable: false),
                    FeedbackVersion = table.Column<long>(type: "bigint", nullable: false),
                    ClueVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.InspectionId);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Organisation = table.Column<string>(type: "text", nullable: true),
                    NextSteps = table.Column<string>(type: "text", nullable: true),
                    OverridesJson = table.Column<string>(type: "text", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LinesJson = table.Column<string>(type: "text", nullable: true),
                    FactsJson = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_leases",
                schema: "reporting",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    AggregateKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_names",
                schema: "reporting",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_names", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "progress_notes",
                schema: "reporting",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Narrative = table.Column<string>(type: "text", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_notes", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "rebuild_runs",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rebuild_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_obligations",
                schema: "reporting",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Every = table.Column<int>(type: "integer", nullable: false),
                    IntervalUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FirstDue = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_obligations", x => x.InspectionId);
                });

            migrationBuilder.CreateTable(
                name: "reported_periods",
                schema: "reporting",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodDue = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reported_periods", x => new { x.InspectionId, x.PeriodDue });
                });

            migrationBuilder.CreateTable(
                name: "snapshot_items",
                schema: "reporting",
                columns: table => new
                {
                    SnapshotId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OriginalDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Figures = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshot_items", x => new { x.SnapshotId, x.TaskId });
                });

            migrationBuilder.CreateTable(
                name: "snapshots",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JurisdictionPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitJurisdictionPath = table.Column<string>(type: "text", nullable: true),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FiguresJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "task_sums",
                schema: "reporting",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    JurisdictionPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    Sustained = table.Column<int>(type: "integer", nullable: false),
                    InProgress = table.Column<int>(type: "integer", nullable: false),
                    NotStarted = table.Column<int>(type: "integer", nullable: false),
                    Slipped = table.Column<int>(type: "integer", nullable: false),
                    SlipDays = table.Column<int>(type: "integer", nullable: false),
                    RulesMade = table.Column<int>(type: "integer", nullable: false),
                    RulesRevised = table.Column<int>(type: "integer", nullable: false),
                    TalkPeople = table.Column<int>(type: "integer", nullable: false),
                    TalkBatches = table.Column<int>(type: "integer", nullable: false),
                    MoneyReturnedFen = table.Column<long>(type: "bigint", nullable: false),
                    MoneyRecoveredFen = table.Column<long>(type: "bigint", nullable: false),
                    PeopleHeldAccountable = table.Column<int>(type: "integer", nullable: false),
                    Overdue = table.Column<int>(type: "integer", nullable: false),
                    Yellow = table.Column<int>(type: "integer", nullable: false),
                    NoRecentProgress = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_sums", x => new { x.UnitId, x.InspectionId, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "reporting",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false),
                    Measures = table.Column<string>(type: "text", nullable: false),
                    ResponsibleDepartment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponsibleLeader = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OriginalDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    SlipDays = table.Column<int>(type: "integer", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastActivityOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RulesMade = table.Column<int>(type: "integer", nullable: false),
                    RulesRevised = table.Column<int>(type: "integer", nullable: false),
                    TalkPeople = table.Column<int>(type: "integer", nullable: false),
                    TalkBatches = table.Column<int>(type: "integer", nullable: false),
                    MoneyReturnedFen = table.Column<long>(type: "bigint", nullable: false),
                    MoneyRecoveredFen = table.Column<long>(type: "bigint", nullable: false),
                    PeopleHeldAccountable = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    OpenDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenLastActivityOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomesVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.TaskId);
                });

            migrationBuilder.CreateTable(
                name: "unit_contacts",
                schema: "reporting",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_contacts", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "unit_replicas",
                schema: "reporting",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_replicas", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "finding_tags",
                schema: "reporting",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tag = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_tags", x => new { x.FindingId, x.Tag });
                    table.ForeignKey(
                        name: "FK_finding_tags_findings_FindingId",
                        column: x => x.FindingId,
                        principalSchema: "reporting",
                        principalTable: "findings",
                        principalColumn: "FindingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rebuild_progress",
                schema: "reporting",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Service = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rebuild_progress", x => new { x.RunId, x.Service });
                    table.ForeignKey(
                        name: "FK_rebuild_progress_rebuild_runs_RunId",
                        column: x => x.RunId,
                        principalSchema: "reporting",
                        principalTable: "rebuild_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "reporting",
                table: "figure_basis",
                columns: new[] { "Id", "StaleBefore", "Today", "Version", "YellowUntil" },
                values: new object[] { 1, null, null, 0L, null });

            migrationBuilder.CreateIndex(
                name: "IX_finding_tags_Tag_FindingId",
                schema: "reporting",
                table: "finding_tags",
                columns: new[] { "Tag", "FindingId" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_InspectionId_Position",
                schema: "reporting",
                table: "findings",
                columns: new[] { "InspectionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_UnitId",
                schema: "reporting",
                table: "inspections",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_notices_InspectionId",
                schema: "reporting",
                table: "notices",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_notices_Status_PublishedAt",
                schema: "reporting",
                table: "notices",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "reporting",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt_Id",
                schema: "reporting",
                table: "outbox_messages",
                columns: new[] { "SentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_person_names_UnitId",
                schema: "reporting",
                table: "person_names",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_notes_TaskId_Position",
                schema: "reporting",
                table: "progress_notes",
                columns: new[] { "TaskId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_report_obligations_UnitId",
                schema: "reporting",
                table: "report_obligations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_snapshot_items_SnapshotId_UnitId",
                schema: "reporting",
                table: "snapshot_items",
                columns: new[] { "SnapshotId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_task_sums_Category_JurisdictionPath",
                schema: "reporting",
                table: "task_sums",
                columns: new[] { "Category", "JurisdictionPath" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_FindingId",
                schema: "reporting",
                table: "tasks",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_InspectionId_FindingId",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "InspectionId", "FindingId" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_JurisdictionPath_UnitId",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "JurisdictionPath", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_OpenDeadline_UnitId_Withdrawn_JurisdictionPath_Inspec~",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "OpenDeadline", "UnitId", "Withdrawn", "JurisdictionPath", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_OpenLastActivityOn_UnitId_Withdrawn_JurisdictionPath_~",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "OpenLastActivityOn", "UnitId", "Withdrawn", "JurisdictionPath", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_UnitId_InspectionId",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "UnitId", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_unit_replicas_JurisdictionPath",
                schema: "reporting",
                table: "unit_replicas",
                column: "JurisdictionPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_overrides",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "counters",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "figure_basis",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "finding_tags",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "outbox_leases",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "person_names",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "progress_notes",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "rebuild_progress",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "report_obligations",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "reported_periods",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "snapshot_items",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "snapshots",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "task_sums",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "unit_contacts",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "unit_replicas",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "findings",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "rebuild_runs",
                schema: "reporting");
        }
    }
}
