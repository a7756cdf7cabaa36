using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Notifications.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReportObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_obligations",
                schema: "notifications",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Every = table.Column<int>(type: "int", nullable: false),
                    IntervalUnit = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    FirstDue = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    SetOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SetVersion = table.Column<long>(type: "bigint", nullable: false),
                    Stopped = table.Column<bool>(type: "bit", nullable: false),
                    ReportedDues = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_obligations", x => x.InspectionId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_obligations",
                schema: "notifications");
        }
    }
}
