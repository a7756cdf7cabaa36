using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Notifications.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddWeeklyDigestAndFirstResponsible : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                schema: "notifications",
                table: "deadlines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "first_responsible",
                schema: "notifications",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_first_responsible", x => x.UnitId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "first_responsible",
                schema: "notifications");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                schema: "notifications",
                table: "deadlines");
        }
    }
}
