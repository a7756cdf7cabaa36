using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Reporting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportingRebuildRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rebuild_runs",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rebuild_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rebuild_progress",
                schema: "reporting",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rebuild_progress", x => new { x.RunId, x.Service });
                    table.ForeignKey(
                        name: "FK_rebuild_progress_rebuild_runs_RunId",
                        column: x => x.RunId,
                        principalSchema: "reporting",
                        principalTable: "rebuild_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rebuild_progress",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "rebuild_runs",
                schema: "reporting");
        }
    }
}
