using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Units.Migrations.Sqlite
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
                type: "TEXT",
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
