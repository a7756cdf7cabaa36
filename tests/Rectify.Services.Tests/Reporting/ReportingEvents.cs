using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Tasks;
using Rectify.Contracts.Units;

namespace Rectify.Services.Tests.Reporting;

/// <summary>Events as the units, findings and tasks services publish them, for feeding reporting.</summary>
public static class ReportingEvents
{
    public static EventMeta Meta(long version, DateOnly? on = null) =>
        EventMeta.New(version, "test", on is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)) : ReportingHost.Now);

    public static UnitRegistered Unit(Guid id, string name, string path, ContactLine? contact = null) =>
        new(Meta(1), id, name, name, "党组", Guid.NewGuid(), path, contact ?? new ContactLine(null, null, null));

    public static InspectionRegistered Inspection(Guid id, Guid unit, string round = "十三届市委第一轮", string team = "市委第三巡察组", long version = 1) =>
        new(Meta(version), id, unit, "xuncha", "市委", team, round, "常规", new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30));

    public static FindingRecorded Finding(Guid id, Guid inspection, Guid unit, Guid? parent, int level, string ordinal, string title, long version) =>
        new(Meta(version), id, inspection, unit, parent, level, ordinal, title, false, null);

    public static TaskSnapshot TaskOf(
        Guid taskId, Guid finding, Guid inspection, Guid unit, string path, string state, DateOnly? deadline, DateOnly? original = null,
        string kind = "time_limited", DateOnly? closedOn = null, string measures = "修订党组议事规则") =>
        new(taskId, finding, inspection, unit, path, [], state == "completed_sustained" ? "sustained" : kind, state, measures, null, null, "办公室", null, null,
            original ?? deadline, deadline, null, 1, closedOn ?? (state is "closed" or "completed_sustained" ? new DateOnly(2026, 5, 20) : null));

    public static TaskPlanned Planned(TaskSnapshot task, long version = 1, DateOnly? on = null) => new(Meta(version, on ?? new DateOnly(2026, 6, 1)), task, null);

    public static OutcomeRecorded Outcome(TaskSnapshot task, long version, OutcomeTotals totals) => new(Meta(version), task, [], totals);

    public static TaskProgressReported Progress(TaskSnapshot task, long version, DateOnly on, string narrative) =>
        new(Meta(version, on), task, Guid.NewGuid(), on, narrative);
}
