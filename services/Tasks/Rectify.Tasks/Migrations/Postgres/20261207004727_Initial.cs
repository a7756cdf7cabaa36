using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rectify.Tasks.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tasks");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    From = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    To = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_overrides",
                schema: "tasks",
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
                name: "finding_replicas",
                schema: "tasks",
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
                    Tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedVersion = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TagsVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_replicas", x => x.FindingId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "tasks",
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
                name: "inspection_replicas",
                schema: "tasks",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Round = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OnSiteStart = table.Column<DateOnly>(type: "date", nullable: true),
                    OnSiteEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    RegistrationVersion = table.Column<long>(type: "bigint", nullable: false),
                    FeedbackOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FeedbackVersion = table.Column<long>(type: "bigint", nullable: false),
                    PlanDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ProgressReportDue = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicNoticeDue = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDatesVersion = table.Column<long>(type: "bigint", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_replicas", x => x.InspectionId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_leases",
                schema: "tasks",
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
                schema: "tasks",
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
                name: "person_replicas",
                schema: "tasks",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_replicas", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ResponsibleLeaderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResponsibleLeader = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponsibleDepartment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponsiblePersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OriginalDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DeadlineVersion = table.Column<int>(type: "integer", nullable: false),
                    PendingReviewLevel = table.Column<int>(type: "integer", nullable: true),
                    PendingCloseOutId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unit_replicas",
                schema: "tasks",
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
                name: "close_out_requests",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_close_out_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_close_out_requests_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deadline_revisions",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtensionRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deadline_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deadline_revisions_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "extension_requests",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_extension_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_extension_requests_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outcomes",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgressEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TalkKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    People = table.Column<int>(type: "integer", nullable: true),
                    Batches = table.Column<int>(type: "integer", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outcomes_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "progress_entries",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Narrative = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_progress_entries_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "close_out_reviews",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Approved = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_close_out_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_close_out_reviews_close_out_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "tasks",
                        principalTable: "close_out_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_files",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgressEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UploadedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RemovedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RemovalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_files_progress_entries_ProgressEntryId",
                        column: x => x.ProgressEntryId,
                        principalSchema: "tasks",
                        principalTable: "progress_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evidence_files_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "close_out_evidence",
                schema: "tasks",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvidenceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_close_out_evidence", x => new { x.RequestId, x.EvidenceId });
                    table.ForeignKey(
                        name: "FK_close_out_evidence_close_out_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "tasks",
                        principalTable: "close_out_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_close_out_evidence_evidence_files_EvidenceId",
                        column: x => x.EvidenceId,
                        principalSchema: "tasks",
                        principalTable: "evidence_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_InspectionId",
                schema: "tasks",
                table: "audit_entries",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_TaskId",
                schema: "tasks",
                table: "audit_entries",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_close_out_evidence_EvidenceId",
                schema: "tasks",
                table: "close_out_evidence",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_close_out_requests_TaskId",
                schema: "tasks",
                table: "close_out_requests",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_close_out_reviews_RequestId",
                schema: "tasks",
                table: "close_out_reviews",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_close_out_reviews_TaskId",
                schema: "tasks",
                table: "close_out_reviews",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_deadline_revisions_TaskId_Version",
                schema: "tasks",
                table: "deadline_revisions",
                columns: new[] { "TaskId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evidence_files_ProgressEntryId",
                schema: "tasks",
                table: "evidence_files",
                column: "ProgressEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_files_Sha256",
                schema: "tasks",
                table: "evidence_files",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_files_TaskId",
                schema: "tasks",
                table: "evidence_files",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_extension_requests_TaskId",
                schema: "tasks",
                table: "extension_requests",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_finding_replicas_InspectionId",
                schema: "tasks",
                table: "finding_replicas",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_replicas_UnitId",
                schema: "tasks",
                table: "inspection_replicas",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "tasks",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt_Id",
                schema: "tasks",
                table: "outbox_messages",
                columns: new[] { "SentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_outcomes_TaskId",
                schema: "tasks",
                table: "outcomes",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_person_replicas_UnitId",
                schema: "tasks",
                table: "person_replicas",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_entries_TaskId_Position",
                schema: "tasks",
                table: "progress_entries",
                columns: new[] { "TaskId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_FindingId",
                schema: "tasks",
                table: "tasks",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ImportId_FindingId",
                schema: "tasks",
                table: "tasks",
                columns: new[] { "ImportId", "FindingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_InspectionId",
                schema: "tasks",
                table: "tasks",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ResponsibleLeaderId",
                schema: "tasks",
                table: "tasks",
                column: "ResponsibleLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ResponsiblePersonId",
                schema: "tasks",
                table: "tasks",
                column: "ResponsiblePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_UnitId",
                schema: "tasks",
                table: "tasks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_replicas_JurisdictionPath",
                schema: "tasks",
                table: "unit_replicas",
                column: "JurisdictionPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "calendar_overrides",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "close_out_evidence",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "close_out_reviews",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "deadline_revisions",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "extension_requests",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "finding_replicas",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "inspection_replicas",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "outbox_leases",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "outcomes",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "person_replicas",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "unit_replicas",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "evidence_files",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "close_out_requests",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "progress_entries",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "tasks");
        }
    }
}
