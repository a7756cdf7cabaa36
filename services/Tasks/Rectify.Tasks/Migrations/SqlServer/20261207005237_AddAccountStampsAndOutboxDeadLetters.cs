using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Tasks.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddAccountStampsAndOutboxDeadLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeadAt",
                schema: "tasks",
                table: "outbox_messages",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "account_stamps",
                schema: "tasks",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenVersion = table.Column<long>(type: "bigint", nullable: false),
                    Disabled = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account_stamps", x => x.AccountId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DeadAt_AggregateKey",
                schema: "tasks",
                table: "outbox_messages",
                columns: new[] { "DeadAt", "AggregateKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_stamps",
                schema: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_DeadAt_AggregateKey",
                schema: "tasks",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                schema: "tasks",
                table: "outbox_messages");
        }
    }
}
