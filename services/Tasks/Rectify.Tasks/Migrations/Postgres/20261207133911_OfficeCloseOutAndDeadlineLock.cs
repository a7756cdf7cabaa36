using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Tasks.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfficeCloseOutAndDeadlineLock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnlockReason",
                schema: "tasks",
                table: "tasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnlockedDeadlineVersion",
                schema: "tasks",
                table: "tasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CloseOutLevels",
                schema: "tasks",
                table: "inspection_replicas",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CloseOutPolicyVersion",
                schema: "tasks",
                table: "inspection_replicas",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "OfficeReviewedFindingIds",
                schema: "tasks",
                table: "inspection_replicas",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "GrantedDeadline",
                schema: "tasks",
                table: "extension_requests",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnlockReason",
                schema: "tasks",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "UnlockedDeadlineVersion",
                schema: "tasks",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "CloseOutLevels",
                schema: "tasks",
                table: "inspection_replicas");

            migrationBuilder.DropColumn(
                name: "CloseOutPolicyVersion",
                schema: "tasks",
                table: "inspection_replicas");

            migrationBuilder.DropColumn(
                name: "OfficeReviewedFindingIds",
                schema: "tasks",
                table: "inspection_replicas");

            migrationBuilder.DropColumn(
                name: "GrantedDeadline",
                schema: "tasks",
                table: "extension_requests");
        }
    }
}
