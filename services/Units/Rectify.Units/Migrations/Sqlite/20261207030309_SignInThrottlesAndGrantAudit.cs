using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Units.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignInThrottlesAndGrantAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                schema: "units",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                schema: "units",
                table: "accounts");

            migrationBuilder.CreateTable(
                name: "grant_audit",
                schema: "units",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_throttles",
                schema: "units",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Client = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    Lockouts = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_throttles", x => new { x.AccountId, x.Client });
                    table.ForeignKey(
                        name: "FK_sign_in_throttles_accounts_AccountId",
                        column: x => x.AccountId,
                        principalSchema: "units",
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grant_audit_AccountId",
                schema: "units",
                table: "grant_audit",
                column: "AccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grant_audit",
                schema: "units");

            migrationBuilder.DropTable(
                name: "sign_in_throttles",
                schema: "units");

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                schema: "units",
                table: "accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LockedUntil",
                schema: "units",
                table: "accounts",
                type: "INTEGER",
                nullable: true);
        }
    }
}
