using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Findings.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ImportsCluesDueDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                schema: "findings",
                table: "inspections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanDue",
                schema: "findings",
                table: "inspections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProgressReportDue",
                schema: "findings",
                table: "inspections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublicNoticeDue",
                schema: "findings",
                table: "inspections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                schema: "findings",
                table: "inspections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Withdrawn",
                schema: "findings",
                table: "inspections",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "clues",
                schema: "findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    HandedTo = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HandedOverOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Withdrawn = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clues_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "findings",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "due_date_policies",
                schema: "findings",
                columns: table => new
                {
                    JurisdictionPath = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PlanDays = table.Column<int>(type: "int", nullable: false),
                    ProgressReportDays = table.Column<int>(type: "int", nullable: false),
                    PublicNoticeDays = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_due_date_policies", x => x.JurisdictionPath);
                });

            migrationBuilder.CreateTable(
                name: "notice_imports",
                schema: "findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CommittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recommendations",
                schema: "findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Withdrawn = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_recommendations_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "findings",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clues_InspectionId",
                schema: "findings",
                table: "clues",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_imports_CreatedAt",
                schema: "findings",
                table: "notice_imports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_InspectionId",
                schema: "findings",
                table: "recommendations",
                column: "InspectionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clues",
                schema: "findings");

            migrationBuilder.DropTable(
                name: "due_date_policies",
                schema: "findings");

            migrationBuilder.DropTable(
                name: "notice_imports",
                schema: "findings");

            migrationBuilder.DropTable(
                name: "recommendations",
                schema: "findings");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                schema: "findings",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "PlanDue",
                schema: "findings",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "ProgressReportDue",
                schema: "findings",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "PublicNoticeDue",
                schema: "findings",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                schema: "findings",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "Withdrawn",
                schema: "findings",
                table: "inspections");
        }
    }
}
