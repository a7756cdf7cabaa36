using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Reporting.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CategorySums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_task_sums",
                schema: "reporting",
                table: "task_sums");

            migrationBuilder.DropIndex(
                name: "IX_task_sums_JurisdictionPath",
                schema: "reporting",
                table: "task_sums");

            migrationBuilder.AddColumn<string>(
                name: "Category",
                schema: "reporting",
                table: "task_sums",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "*");

            migrationBuilder.AddPrimaryKey(
                name: "PK_task_sums",
                schema: "reporting",
                table: "task_sums",
                columns: new[] { "UnitId", "InspectionId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_task_sums_Category_JurisdictionPath",
                schema: "reporting",
                table: "task_sums",
                columns: new[] { "Category", "JurisdictionPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_task_sums",
                schema: "reporting",
                table: "task_sums");

            migrationBuilder.DropIndex(
                name: "IX_task_sums_Category_JurisdictionPath",
                schema: "reporting",
                table: "task_sums");

            migrationBuilder.DropColumn(
                name: "Category",
                schema: "reporting",
                table: "task_sums");

            migrationBuilder.AddPrimaryKey(
                name: "PK_task_sums",
                schema: "reporting",
                table: "task_sums",
                columns: new[] { "UnitId", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_task_sums_JurisdictionPath",
                schema: "reporting",
                table: "task_sums",
                column: "JurisdictionPath");
        }
    }
}
