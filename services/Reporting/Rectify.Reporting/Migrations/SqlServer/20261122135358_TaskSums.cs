using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Reporting.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TaskSums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OpenDeadline",
                schema: "reporting",
                table: "tasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpenLastActivityOn",
                schema: "reporting",
                table: "tasks",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "figure_basis",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
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
                name: "task_sums",
                schema: "reporting",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JurisdictionPath = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Closed = table.Column<int>(type: "int", nullable: false),
                    Sustained = table.Column<int>(type: "int", nullable: false),
                    InProgress = table.Column<int>(type: "int", nullable: false),
                    NotStarted = table.Column<int>(type: "int", nullable: false),
                    Slipped = table.Column<int>(type: "int", nullable: false),
                    SlipDays = table.Column<int>(type: "int", nullable: false),
                    RulesMade = table.Column<int>(type: "int", nullable: false),
                    RulesRevised = table.Column<int>(type: "int", nullable: false),
                    TalkPeople = table.Column<int>(type: "int", nullable: false),
                    TalkBatches = table.Column<int>(type: "int", nullable: false),
                    MoneyReturnedFen = table.Column<long>(type: "bigint", nullable: false),
                    MoneyRecoveredFen = table.Column<long>(type: "bigint", nullable: false),
                    PeopleHeldAccountable = table.Column<int>(type: "int", nullable: false),
                    Overdue = table.Column<int>(type: "int", nullable: false),
                    Yellow = table.Column<int>(type: "int", nullable: false),
                    NoRecentProgress = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_sums", x => new { x.UnitId, x.InspectionId });
                });

            migrationBuilder.InsertData(
                schema: "reporting",
                table: "figure_basis",
                columns: new[] { "Id", "StaleBefore", "Today", "Version", "YellowUntil" },
                values: new object[] { 1, null, null, 0L, null });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_OpenDeadline_UnitId_Withdrawn_JurisdictionPath_InspectionId",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "OpenDeadline", "UnitId", "Withdrawn", "JurisdictionPath", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_OpenLastActivityOn_UnitId_Withdrawn_JurisdictionPath_InspectionId",
                schema: "reporting",
                table: "tasks",
                columns: new[] { "OpenLastActivityOn", "UnitId", "Withdrawn", "JurisdictionPath", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_task_sums_JurisdictionPath",
                schema: "reporting",
                table: "task_sums",
                column: "JurisdictionPath");

            // Fills the new columns and counts the tasks already stored (a frozen copy of TaskSumsRecount.Sql);
            // the day-dependent columns wait for the first recount (figure_basis has no day until then).
            migrationBuilder.Sql("""
                UPDATE [reporting].tasks SET OpenDeadline = CASE WHEN IsClosed = 0 THEN Deadline END,
                    OpenLastActivityOn = CASE WHEN IsClosed = 0 THEN LastActivityOn END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO [reporting].task_sums (UnitId, InspectionId, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
                    RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
                    Overdue, Yellow, NoRecentProgress)
                SELECT UnitId, InspectionId, MAX(JurisdictionPath), COUNT(*),
                    SUM(CASE WHEN IsClosed = 1 THEN 1 ELSE 0 END),
                    SUM(CASE WHEN State = 'completed_sustained' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
                    SUM(CASE WHEN State = 'planned' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN SlipDays > 0 THEN 1 ELSE 0 END), SUM(SlipDays),
                    SUM(RulesMade), SUM(RulesRevised), SUM(TalkPeople), SUM(TalkBatches), SUM(MoneyReturnedFen), SUM(MoneyRecoveredFen), SUM(PeopleHeldAccountable),
                    0, 0, 0
                FROM [reporting].tasks WHERE Withdrawn = 0
                GROUP BY UnitId, InspectionId;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "figure_basis",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "task_sums",
                schema: "reporting");

            migrationBuilder.DropIndex(
                name: "IX_tasks_OpenDeadline_UnitId_Withdrawn_JurisdictionPath_InspectionId",
                schema: "reporting",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_OpenLastActivityOn_UnitId_Withdrawn_JurisdictionPath_InspectionId",
                schema: "reporting",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "OpenDeadline",
                schema: "reporting",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "OpenLastActivityOn",
                schema: "reporting",
                table: "tasks");
        }
    }
}
