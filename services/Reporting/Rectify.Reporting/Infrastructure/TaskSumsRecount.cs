namespace Rectify.Reporting.Infrastructure;

/// <summary>
/// Counts task_sums afresh from the tasks: the same figures as <see cref="Model.TaskSums.Of"/>, in SQL that
/// SQLite and SQL Server both run — the row of all tasks, one per tag and one for findings without a tag. Used
/// where rows are inserted around the change tracker (the benchmark's seed); <c>Kept_task_sums</c> holds it to the
/// kept sums. The migrations that filled the table carry their own frozen copies. The day-dependent columns are
/// left at zero and the basis emptied: the next recount (<see cref="DayFigures"/>) fills them.
/// </summary>
public static class TaskSumsRecount
{
    /// <param name="schema">"" for SQLite; "[reporting]." for SQL Server.</param>
    public static string Sql(string schema = "") => $"""
        DELETE FROM {schema}task_sums;
        UPDATE {schema}figure_basis SET Today = NULL;
        {Insert(schema, "'*'", $"{schema}tasks t WHERE t.Withdrawn = 0", "")}
        {Insert(schema, "c.Tag", $"{schema}tasks t JOIN {schema}finding_tags c ON c.FindingId = t.FindingId WHERE t.Withdrawn = 0", ", c.Tag")}
        {Insert(schema, "''", $"{schema}tasks t WHERE t.Withdrawn = 0 AND NOT EXISTS (SELECT 1 FROM {schema}finding_tags c WHERE c.FindingId = t.FindingId)", "")}
        """;

    private static string Insert(string schema, string category, string from, string groupMore) => $"""
        INSERT INTO {schema}task_sums (UnitId, InspectionId, Category, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
            RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
            Overdue, Yellow, NoRecentProgress)
        SELECT t.UnitId, t.InspectionId, {category}, MAX(t.JurisdictionPath), COUNT(*),
            SUM(CASE WHEN t.IsClosed = 1 THEN 1 ELSE 0 END),
            SUM(CASE WHEN t.State = 'completed_sustained' THEN 1 ELSE 0 END),
            SUM(CASE WHEN t.State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
            SUM(CASE WHEN t.State = 'planned' THEN 1 ELSE 0 END),
            SUM(CASE WHEN t.SlipDays > 0 THEN 1 ELSE 0 END), SUM(t.SlipDays),
            SUM(t.RulesMade), SUM(t.RulesRevised), SUM(t.TalkPeople), SUM(t.TalkBatches), SUM(t.MoneyReturnedFen), SUM(t.MoneyRecoveredFen),
            SUM(t.PeopleHeldAccountable), 0, 0, 0
        FROM {from}
        GROUP BY t.UnitId, t.InspectionId{groupMore};
        """;
}
