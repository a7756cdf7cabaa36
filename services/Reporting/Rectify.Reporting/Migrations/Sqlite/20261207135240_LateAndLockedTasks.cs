using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Reporting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LateAndLockedTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ClosedLate",
                schema: "reporting",
                table: "tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "UnlockedCurrentDeadline",
                schema: "reporting",
                table: "tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedLate",
                schema: "reporting",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "UnlockedCurrentDeadline",
                schema: "reporting",
                table: "tasks");
        }
    }
}
