using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Reporting.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProgressReportObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_obligations",
                schema: "reporting",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Every = table.Column<int>(type: "int", nullable: false),
                    IntervalUnit = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
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
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodDue = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reported_periods", x => new { x.InspectionId, x.PeriodDue });
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_obligations_UnitId",
                schema: "reporting",
                table: "report_obligations",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_obligations",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "reported_periods",
                schema: "reporting");
        }
    }
}
