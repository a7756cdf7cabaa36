using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Notifications.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CalendarRemovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EditedAt",
                schema: "notifications",
                table: "calendar_days",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "calendar_removals",
                schema: "notifications",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
