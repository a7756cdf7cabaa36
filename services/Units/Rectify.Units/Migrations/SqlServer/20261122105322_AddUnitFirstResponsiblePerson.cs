using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Units.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddUnitFirstResponsiblePerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FirstResponsiblePersonId",
                schema: "units",
                table: "units",
                type: "uniqueidentifier",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstResponsiblePersonId",
                schema: "units",
                table: "units");
        }
    }
}
