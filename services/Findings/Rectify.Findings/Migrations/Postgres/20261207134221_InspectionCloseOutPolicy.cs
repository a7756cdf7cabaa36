using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Findings.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InspectionCloseOutPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CloseOutLevels",
                schema: "findings",
                table: "inspections",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficeReviewedFindingIds",
                schema: "findings",
                table: "inspections",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CloseOutLevels",
                schema: "findings",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "OfficeReviewedFindingIds",
                schema: "findings",
                table: "inspections");
        }
    }
}
