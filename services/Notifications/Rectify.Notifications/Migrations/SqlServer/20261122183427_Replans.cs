using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Notifications.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Replans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReplannedFor",
                schema: "notifications",
                table: "deadlines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "replan_requests",
                schema: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JurisdictionPath = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Done = table.Column<int>(type: "int", nullable: false),
                    ClaimedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ClaimExpires = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_replan_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_Closed_ReplannedFor",
                schema: "notifications",
                table: "deadlines",
                columns: new[] { "Closed", "ReplannedFor" });

            migrationBuilder.CreateIndex(
                name: "IX_replan_requests_CompletedAt",
                schema: "notifications",
                table: "replan_requests",
                column: "CompletedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "replan_requests",
                schema: "notifications");

            migrationBuilder.DropIndex(
                name: "IX_deadlines_Closed_ReplannedFor",
                schema: "notifications",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "ReplannedFor",
                schema: "notifications",
                table: "deadlines");
        }
    }
}
