using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Findings.Migrations.Postgres
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
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatedAspects = table.Column<int>(type: "integer", nullable: true),
                    StatedProblems = table.Column<int>(type: "integer", nullable: true),
                    StatedIssues = table.Column<int>(type: "integer", nullable: true),
                    StatedCompleted = table.Column<int>(type: "integer", nullable: true),
                    StatedCompletionRate = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    TalkPeople = table.Column<int>(type: "integer", nullable: true),
                    TalkBatches = table.Column<int>(type: "integer", nullable: true),
                    RulesMade = table.Column<int>(type: "integer", nullable: true),
                    RulesRevised = table.Column<int>(type: "integer", nullable: true),
                    MoneyYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AccountablePeople = table.Column<int>(type: "integer", nullable: true),
                    ContactText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPostcode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
