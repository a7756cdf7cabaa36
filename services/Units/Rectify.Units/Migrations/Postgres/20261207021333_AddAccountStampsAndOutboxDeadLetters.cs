using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Units.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAccountStampsAndOutboxDeadLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeadAt",
                schema: "units",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TokenVersion",
                schema: "units",
                table: "accounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DeadAt_AggregateKey",
                schema: "units",
                table: "outbox_messages",
                columns: new[] { "DeadAt", "AggregateKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_DeadAt_AggregateKey",
                schema: "units",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                schema: "units",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "TokenVersion",
                schema: "units",
                table: "accounts");
        }
    }
}
