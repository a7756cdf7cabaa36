namespace Rectify.Reporting.Model;

/// <summary>
/// The figures of a set of rectification tasks (整改任务). Every definition is in docs/reporting.md;
/// in short: completion rate = closed ÷ total, where closed includes completed_sustained, and overdue is
/// always served beside it. Red + yellow + green = total − closed. Closed = closed on time + closed late (逾期完成);
/// locked (到期锁定) is the part of overdue the unit cannot close without the office.
/// </summary>
public sealed record Figures(
    int Total, int Closed, int Sustained, int InProgress, int NotStarted, int Overdue, int Red, int Yellow, int Green,
    int Slipped, int SlipDays, int NoRecentProgress, decimal? CompletionRate, Outcomes Outcomes, int ClosedOnTime, int ClosedLate, int Locked)
{
    public static readonly Figures Empty = From(new FigureSums());

    public static Figures From(FigureSums s) => new(
        s.Total, s.Closed, s.Sustained, s.InProgress, s.NotStarted, s.Overdue, s.Overdue, s.Yellow, s.Green,
        s.Slipped, s.SlipDays, s.NoRecentProgress, Rate(s.Closed, s.Total),
        new Outcomes(s.RulesMade, s.RulesRevised, s.TalkPeople, s.TalkBatches, s.MoneyReturnedFen / 100m, s.MoneyRecoveredFen / 100m,
            s.PeopleHeldAccountable), s.Closed - s.ClosedLate, s.ClosedLate, s.Locked);

    /// <summary>Percent with one decimal; null when there is nothing to complete (not 100 %, not 0 %).</summary>
    public static decimal? Rate(int done, int all) => all == 0 ? null : Math.Round(100m * done / all, 1, MidpointRounding.AwayFromZero);
}

/// <summary>整改成效 summed: rules made/revised, talks (people, batches), money in 元, people held accountable.</summary>
public sealed record Outcomes(
    int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable);

/// <summary>Raw sums as the database returns them, before rates and units are derived.</summary>
public sealed class FigureSums
{
    public int Total { get; set; }
    public int Closed { get; set; }
    public int Sustained { get; set; }
    public int InProgress { get; set; }
    public int NotStarted { get; set; }
    public int Overdue { get; set; }
    public int Yellow { get; set; }
    public int Green { get; set; }
    public int Slipped { get; set; }
    public int SlipDays { get; set; }
    public int NoRecentProgress { get; set; }
    public int RulesMade { get; set; }
    public int RulesRevised { get; set; }
    public int TalkPeople { get; set; }
    public int TalkBatches { get; set; }
    public long MoneyReturnedFen { get; set; }
    public long MoneyRecoveredFen { get; set; }
    public int PeopleHeldAccountable { get; set; }
    public int ClosedLate { get; set; }
    public int Locked { get; set; }

    public void Add(FigureSums o)
    {
        ClosedLate += o.ClosedLate; Locked += o.Locked;
        Total += o.Total; Closed += o.Closed; Sustained += o.Sustained; InProgress += o.InProgress; NotStarted += o.NotStarted;
        Overdue += o.Overdue; Yellow += o.Yellow; Green += o.Green; Slipped += o.Slipped; SlipDays += o.SlipDays;
        NoRecentProgress += o.NoRecentProgress; RulesMade += o.RulesMade; RulesRevised += o.RulesRevised; TalkPeople += o.TalkPeople;
        TalkBatches += o.TalkBatches; MoneyReturnedFen += o.MoneyReturnedFen; MoneyRecoveredFen += o.MoneyRecoveredFen;
        PeopleHeldAccountable += o.PeopleHeldAccountable;
    }
}
