using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;

namespace Rectify.Reporting.Queries;

/// <summary>One inspection: its figures and its finding tree with each finding's tasks.</summary>
public sealed class InspectionReports(ReportingDbContext db, Reports reports, FigureQueries figures)
{
    public async Task<InspectionReport> GetAsync(Guid inspectionId, CancellationToken ct)
    {
        await reports.VisibleInspectionUnitAsync(inspectionId, ct);
        var data = await InspectionData.LoadAsync(db, inspectionId, ct);
        var day = figures.Day();
        var sums = await FigureQueries.SumByAsync(figures.Tasks(new TaskFilter(InspectionId: inspectionId)), t => 1, day, ct);
        var i = data.Inspection;
        var periods = await new MissingReports(db, figures).PeriodsAsync(inspectionId, i.ClosedOn, ct);
        return new InspectionReport(day.Today, i.InspectionId, data.Unit.UnitId, data.Unit.Name, i.Kind, i.Issuer, i.Team, i.Round, i.Type,
            i.OnSiteStart, i.OnSiteEnd, i.FeedbackOn, i.ClosedOn, Figures.From(FigureQueries.Total(sums.Values)), i.ClueCount, Nodes(data, null, day))
        {
            ReportPeriods = periods, MissingReports = periods.Count(p => p.State == "missing"),
        };
    }

    private static List<FindingNode> Nodes(InspectionData data, Guid? parent, FigureDay day) =>
        [.. data.Children(parent).Select(f => new FindingNode(f.FindingId, f.ParentId, f.Level, f.Ordinal, f.Title, [.. f.Tags.Select(t => t.Tag).Order()],
            f.ImmediateFix, [.. data.TasksByFinding[f.FindingId].Select(t => Line(t, day))], Nodes(data, f.FindingId, day)))];

    private static TaskLine Line(ReportedTask t, FigureDay day) => new(
        t.TaskId, t.Kind, t.State, t.OriginalDeadline, t.Deadline, t.SlipDays, t.ClosedOn, !t.IsClosed && t.Deadline < day.Today,
        Figure.Light(t.IsClosed, t.Deadline, day), t.ResponsibleDepartment,
        new Outcomes(t.RulesMade, t.RulesRevised, t.TalkPeople, t.TalkBatches, t.MoneyReturnedFen / 100m, t.MoneyRecoveredFen / 100m, t.PeopleHeldAccountable));
}
