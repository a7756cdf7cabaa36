using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Findings.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficeReviewedFindingIds",
                schema: "findings",
                table: "inspections",
                type: "TEXT",
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
