using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Findings.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OnSiteStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OnSiteEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FeedbackOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_unit_replicas_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "findings",
                        principalTable: "unit_replicas",
                        principalColumn: "UnitId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                schema: "findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MoneyInvolved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ImmediateFix = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecurrenceOfFindingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_findings_findings_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "findings",
                        principalTable: "findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_findings_findings_RecurrenceOfFindingId",
                        column: x => x.RecurrenceOfFindingId,
                        principalSchema: "findings",
                        principalTable: "findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_findings_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "findings",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_findings_InspectionId_ParentId",
                schema: "findings",
                table: "findings",
                columns: new[] { "InspectionId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_ParentId",
                schema: "findings",
                table: "findings",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_RecurrenceOfFindingId",
                schema: "findings",
                table: "findings",
                column: "RecurrenceOfFindingId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_UnitId",
                schema: "findings",
                table: "inspections",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "findings",
                schema: "findings");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "findings");
        }
    }
}
