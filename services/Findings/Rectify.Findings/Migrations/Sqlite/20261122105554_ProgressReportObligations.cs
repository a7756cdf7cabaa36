using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Findings.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgressReportObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "progress_report_obligations",
                schema: "findings",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Every = table.Column<int>(type: "INTEGER", nullable: false),
                    IntervalUnit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FirstDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_report_obligations", x => x.InspectionId);
                    table.ForeignKey(
                        name: "FK_progress_report_obligations_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "findings",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                schema: "findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_progress_reports_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "findings",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_InspectionId_PeriodDue",
                schema: "findings",
                table: "progress_reports",
                columns: new[] { "InspectionId", "PeriodDue" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "progress_report_obligations",
                schema: "findings");

            migrationBuilder.DropTable(
                name: "progress_reports",
                schema: "findings");
        }
    }
}
