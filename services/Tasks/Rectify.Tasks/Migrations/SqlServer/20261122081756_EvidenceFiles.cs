using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Tasks.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EvidenceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evidence_files",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgressEntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    UploadedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    UploadedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RemovedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RemovedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RemovalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_files_progress_entries_ProgressEntryId",
                        column: x => x.ProgressEntryId,
                        principalSchema: "tasks",
                        principalTable: "progress_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evidence_files_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "close_out_evidence",
                schema: "tasks",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvidenceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_close_out_evidence", x => new { x.RequestId, x.EvidenceId });
                    table.ForeignKey(
                        name: "FK_close_out_evidence_close_out_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "tasks",
                        principalTable: "close_out_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_close_out_evidence_evidence_files_EvidenceId",
                        column: x => x.EvidenceId,
                        principalSchema: "tasks",
                        principalTable: "evidence_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_close_out_evidence_EvidenceId",
                schema: "tasks",
                table: "close_out_evidence",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_files_ProgressEntryId",
                schema: "tasks",
                table: "evidence_files",
                column: "ProgressEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_files_Sha256",
                schema: "tasks",
                table: "evidence_files",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_files_TaskId",
                schema: "tasks",
                table: "evidence_files",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "close_out_evidence",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "evidence_files",
                schema: "tasks");
        }
    }
}
