using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Reporting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "findings",
                schema: "reporting",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ImmediateFix = table.Column<bool>(type: "INTEGER", nullable: false),
                    MoneyInvolved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TagsVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => x.FindingId);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "reporting",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OnSiteStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnSiteEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeedbackOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClueCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegistrationVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    FeedbackVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    ClueVersion = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", nullable: true),
                    OverridesJson = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LinesJson = table.Column<string>(type: "TEXT", nullable: true),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_names",
                schema: "reporting",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_notes", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "snapshot_items",
                schema: "reporting",
                columns: table => new
                {
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OriginalDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Figures = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JurisdictionPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitJurisdictionPath = table.Column<string>(type: "TEXT", nullable: true),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "reporting",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", nullable: false),
                    ResponsibleDepartment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResponsibleLeader = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OriginalDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SlipDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastActivityOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RulesMade = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesRevised = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkBatches = table.Column<int>(type: "INTEGER", nullable: false),
                    MoneyReturnedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MoneyRecoveredFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PeopleHeldAccountable = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    OutcomesVersion = table.Column<long>(type: "INTEGER", nullable: false)
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
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_contacts", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "finding_tags",
                schema: "reporting",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
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
                name: "IX_snapshot_items_SnapshotId_UnitId",
                schema: "reporting",
                table: "snapshot_items",
                columns: new[] { "SnapshotId", "UnitId" });

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
                name: "IX_tasks_UnitId_InspectionId",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "UnitId", "InspectionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finding_tags",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "person_names",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "progress_notes",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "snapshot_items",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "snapshots",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "unit_contacts",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "findings",
                schema: "reporting");
        }
    }
}
