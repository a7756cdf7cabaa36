using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Tasks.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Plan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    From = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    To = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finding_replicas",
                schema: "tasks",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Level = table.Column<int>(type: "int", nullable: false),
                    Ordinal = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ImmediateFix = table.Column<bool>(type: "bit", nullable: false),
                    MoneyInvolved = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Tags = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Withdrawn = table.Column<bool>(type: "bit", nullable: false),
                    RecordedVersion = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TagsVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_replicas", x => x.FindingId);
                });

            migrationBuilder.CreateTable(
                name: "inspection_replicas",
                schema: "tasks",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Team = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Round = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
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
                name: "person_replicas",
                schema: "tasks",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Position = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FindingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Measures = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ResponsibleLeaderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResponsibleLeader = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ResponsibleDepartment = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ResponsiblePersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    OriginalDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineText = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DeadlineVersion = table.Column<int>(type: "int", nullable: false),
                    PendingReviewLevel = table.Column<int>(type: "int", nullable: true),
                    PendingCloseOutId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReturnReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "close_out_requests",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RequestedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ApprovedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ExtensionRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposedDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DecidedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecisionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgressEntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    TalkKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    People = table.Column<int>(type: "int", nullable: true),
                    Batches = table.Column<int>(type: "int", nullable: true),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    Approved = table.Column<bool>(type: "bit", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Reviewer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReviewerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                unique: true,
                filter: "[ImportId] IS NOT NULL");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
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
                name: "inspection_replicas",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "outcomes",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "person_replicas",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "progress_entries",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "close_out_requests",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "tasks");
        }
    }
}
