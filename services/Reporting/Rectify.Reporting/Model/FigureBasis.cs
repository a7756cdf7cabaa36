namespace Rectify.Reporting.Model;

/// <summary>
/// The day <see cref="TaskSums"/>' overdue, yellow and no-recent-progress columns are counted for: one row.
/// Null until first counted (and after a rebuild's wipe): the dashboard then counts the open tasks itself.
/// Every transaction that changes tasks takes this row's write lock first, so a recount for a new day and a
/// task change never interleave.
/// </summary>
public sealed class FigureBasis
{
    public const int Single = 1;

    public int Id { get; set; } = Single;
    public DateOnly? Today { get; set; }
    public DateOnly? YellowUntil { get; set; }
    public DateOnly? StaleBefore { get; set; }
    public long Version { get; set; }

    public FigureDay? Day => Today is { } t && YellowUntil is { } y && StaleBefore is { } s ? new FigureDay(t, y, s) : null;
}
