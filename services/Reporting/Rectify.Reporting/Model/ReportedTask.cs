namespace Rectify.Reporting.Model;

/// <summary>
/// A rectification task (整改任务) as its latest event's snapshot left it, flattened for counting.
/// Overdue and the traffic light are not stored: they depend on "today" and are computed per query.
/// </summary>
public sealed class ReportedTask : IInspectionRow
{
    public Guid TaskId { get; set; }
    public Guid FindingId { get; set; }
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public string JurisdictionPath { get; set; } = "";
    public string Kind { get; set; } = "";
    public string State { get; set; } = "";
    /// <summary>closed or completed_sustained: what the completion rate counts as done.</summary>
    public bool IsClosed { get; set; }
    public string Measures { get; set; } = "";
    public string? ResponsibleDepartment { get; set; }
    /// <summary>Names are kept only to strip them from public text; no report shows them.</summary>
    public string? ResponsibleLeader { get; set; }
    public string? ResponsiblePerson { get; set; }
    public DateOnly? OriginalDeadline { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>Days the current deadline lies after the original one (0 when not moved later).</summary>
    public int SlipDays { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>逾期完成: closed after the deadline in force when it was closed (closing freezes the deadline).</summary>
    public bool ClosedLate { get; set; }
    /// <summary>The inspection office unlocked the current deadline version (到期锁定 lifted); locked = open, not submitted, overdue and not this.</summary>
    public bool UnlockedCurrentDeadline { get; set; }
    /// <summary>The later of the day it was planned and its latest progress report.</summary>
    public DateOnly LastActivityOn { get; set; }
    public int RulesMade { get; set; }
    public int RulesRevised { get; set; }
    public int TalkPeople { get; set; }
    public int TalkBatches { get; set; }
    /// <summary>Money in 分 (fen): exact, and SQLite can sum integers where it cannot sum decimals.</summary>
    public long MoneyReturnedFen { get; set; }
    public long MoneyRecoveredFen { get; set; }
    public int PeopleHeldAccountable { get; set; }
    /// <summary>Its finding or inspection was withdrawn: kept, never counted.</summary>
    public bool Withdrawn { get; set; }
    public long Version { get; set; }

    // Stored copies for the dashboard's indexes: the deadline and last activity of an open task, null once
    // closed. An index cannot seek on "not closed" in SQLite (EF writes NOT "IsClosed"), but it can on a range
    // of these. Derived on every save from the properties above; the setters only let EF load them.
    public DateOnly? OpenDeadline { get => IsClosed ? null : Deadline; private set { } }
    public DateOnly? OpenLastActivityOn { get => IsClosed ? null : LastActivityOn; private set { } }
    /// <summary>Outcome totals have their own version: a late OutcomeRecorded still counts after a newer TaskClosed.</summary>
    public long OutcomesVersion { get; set; }
}
