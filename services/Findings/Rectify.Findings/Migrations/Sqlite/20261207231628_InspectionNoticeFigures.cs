using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Findings.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionNoticeFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_notice_figures",
                schema: "findings",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatedAspects = table.Column<int>(type: "INTEGER", nullable: true),
                    StatedProblems = table.Column<int>(type: "INTEGER", nullable: true),
                    StatedIssues = table.Column<int>(type: "INTEGER", nullable: true),
                    StatedCompleted = table.Column<int>(type: "INTEGER", nullable: true),
                    StatedCompletionRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TalkPeople = table.Column<int>(type: "INTEGER", nullable: true),
                    TalkBatches = table.Column<int>(type: "INTEGER", nullable: true),
                    RulesMade = table.Column<int>(type: "INTEGER", nullable: true),
                    RulesRevised = table.Column<int>(type: "INTEGER", nullable: true),
                    MoneyYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AccountablePeople = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactPostcode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_notice_figures", x => x.InspectionId);
                    table.ForeignKey(
                        name: "FK_inspection_notice_figures_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "findings",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_notice_figures",
                schema: "findings");
        }
    }
}
