using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Notifications.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CalendarRemovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EditedAt",
                schema: "notifications",
                table: "calendar_days",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "calendar_removals",
                schema: "notifications",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_removals", x => x.Date);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_removals",
                schema: "notifications");

            migrationBuilder.DropColumn(
                name: "EditedAt",
                schema: "notifications",
                table: "calendar_days");
        }
    }
}
