using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Reporting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CategorySumsCounted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Apart from CategorySums: SQLite rebuilds a table whose key changes at the end of its migration.
            // The existing rows became the rows of all tasks ('*'); the rows per category are counted from the tasks
            // stored (a frozen copy of TaskSumsRecount.Sql), their day columns by the next recount, which emptying
            // the basis asks for.
            migrationBuilder.Sql("""
                INSERT INTO task_sums (UnitId, InspectionId, Category, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
                    RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
                    Overdue, Yellow, NoRecentProgress)
                SELECT t.UnitId, t.InspectionId, c.Tag, MAX(t.JurisdictionPath), COUNT(*),
                    SUM(CASE WHEN t.IsClosed = 1 THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.State = 'completed_sustained' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.State = 'planned' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.SlipDays > 0 THEN 1 ELSE 0 END), SUM(t.SlipDays),
                    SUM(t.RulesMade), SUM(t.RulesRevised), SUM(t.TalkPeople), SUM(t.TalkBatches), SUM(t.MoneyReturnedFen), SUM(t.MoneyRecoveredFen),
                    SUM(t.PeopleHeldAccountable), 0, 0, 0
                FROM tasks t JOIN finding_tags c ON c.FindingId = t.FindingId WHERE t.Withdrawn = 0
                GROUP BY t.UnitId, t.InspectionId, c.Tag;
                """);
            migrationBuilder.Sql("""
                INSERT INTO task_sums (UnitId, InspectionId, Category, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
                    RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
                    Overdue, Yellow, NoRecentProgress)
                SELECT t.UnitId, t.InspectionId, '', MAX(t.JurisdictionPath), COUNT(*),
                    SUM(CASE WHEN t.IsClosed = 1 THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.State = 'completed_sustained' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.State = 'planned' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN t.SlipDays > 0 THEN 1 ELSE 0 END), SUM(t.SlipDays),
                    SUM(t.RulesMade), SUM(t.RulesRevised), SUM(t.TalkPeople), SUM(t.TalkBatches), SUM(t.MoneyReturnedFen), SUM(t.MoneyRecoveredFen),
                    SUM(t.PeopleHeldAccountable), 0, 0, 0
                FROM tasks t WHERE t.Withdrawn = 0 AND NOT EXISTS (SELECT 1 FROM finding_tags c WHERE c.FindingId = t.FindingId)
                GROUP BY t.UnitId, t.InspectionId;
                """);
            migrationBuilder.Sql("UPDATE figure_basis SET Today = NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM task_sums WHERE Category <> '*';");
        }
    }
}
