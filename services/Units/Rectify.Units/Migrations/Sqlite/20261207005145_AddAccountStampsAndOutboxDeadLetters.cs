using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Units.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAccountStampsAndOutboxDeadLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeadAt",
                schema: "units",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TokenVersion",
                schema: "units",
                table: "accounts",
                type: "INTEGER",
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
