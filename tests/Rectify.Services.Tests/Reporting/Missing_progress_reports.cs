using System.Net;
using System.Net.Http.Json;
using Rectify.Contracts.Findings;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// Missing progress reports against a hand-computed fixture. Today is Monday 2026-06-15.
/// 县科技局 (A, /p/fz/kj/): IA (R1) every 14 days from 05-04 — due 05-04, 05-18 (reported), 06-01, 06-15 (today:
/// not yet missing) → 2 missing; IA2 (R2) monthly from 03-31 until 05-31 — 03-31, 04-30, 05-31, none reported → 3
/// (an older obligation that arrives late is ignored). 县审计局 (B, /p/fz/sj/): IB (R2) weekly from 05-25, closed
/// 06-05 — 05-25 (reported twice: counts once), 06-01 → 1; IW withdrawn → 0. 厦门某局 (C, /p/xm/x/): 2, out of scope.
/// </summary>
public sealed class Missing_progress_reports : IDisposable
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();
    private static readonly Guid IA = Guid.NewGuid(), IA2 = Guid.NewGuid(), IB = Guid.NewGuid(), IW = Guid.NewGuid(), IC = Guid.NewGuid();
    private readonly ReportingHost _host = new();
    private HttpClient Office => _host.As("inspection_office|j:/p/fz/");

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static ProgressReportObligationScheduled Obligation(Guid inspection, Guid unit, long version, int every, string unitOfTime, DateOnly first,
        DateOnly? until = null) => new(Meta(version), inspection, unit, every, unitOfTime, first, until);

    private static ProgressReportSubmitted Report(Guid inspection, Guid unit, long version, DateOnly due) =>
        new(Meta(version), inspection, unit, Guid.NewGuid(), due, due.AddDays(-1), "本期整改进展");

    private async Task FeedAsync()
    {
        await _host.FeedAsync(Unit(A, "县科技局党组", "/p/fz/kj/"), Unit(B, "县审计局党组", "/p/fz/sj/"), Unit(C, "厦门某局党组", "/p/xm/x/"));
        await _host.FeedAsync(
            Inspection(IA, A, round: "R1", team: "T1"), Inspection(IA2, A, round: "R2", team: "T2"), Inspection(IB, B, round: "R2", team: "T2"),
            Inspection(IW, B), Inspection(IC, C),
            Obligation(IA, A, 3, 14, ProgressReportPeriods.Days, D(5, 4)), Report(IA, A, 4, D(5, 18)),
            Obligation(IA2, A, 6, 1, ProgressReportPeriods.Months, D(3, 31), D(5, 31)),
            Obligation(IA2, A, 5, 7, ProgressReportPeriods.Days, D(1, 5)),
            Obligation(IB, B, 3, 7, ProgressReportPeriods.Days, D(5, 25)), Report(IB, B, 4, D(5, 25)), Report(IB, B, 5, D(5, 25)),
            new InspectionClosed(Meta(6), IB, B, D(6, 5)),
            Obligation(IW, B, 3, 7, ProgressReportPeriods.Days, D(5, 4)), new InspectionWithdrawn(Meta(4), IW, B),
            Obligation(IC, C, 3, 7, ProgressReportPeriods.Days, D(6, 1)));
    }

    [Fact]
    public async Task Missing_reports_match_the_fixture_per_jurisdiction_unit_and_inspection()
    {
        await FeedAsync();

        var dashboard = (await Office.GetFromJsonAsync<Dashboard>("/api/reports/dashboard?sort=missing_reports"))!;
        Assert.Equal(6, dashboard.MissingReports);
        Assert.Equal([(A, 5), (B, 1)], dashboard.Rows.Select(r => (r.UnitId, r.MissingReports)));
        Assert.Equal(4, (await Office.GetFromJsonAsync<Dashboard>("/api/reports/dashboard?round=R2"))!.MissingReports);

        var unit = (await Office.GetFromJsonAsync<UnitReport>($"/api/reports/units/{A}"))!;
        Assert.Equal(5, unit.MissingReports);
        Assert.Equal([(IA, 2), (IA2, 3)], unit.Inspections.Select(i => (i.InspectionId, i.MissingReports)).OrderBy(i => i.MissingReports));

        var inspection = (await Office.GetFromJsonAsync<InspectionReport>($"/api/reports/inspections/{IA}"))!;
        Assert.Equal(2, inspection.MissingReports);
        Assert.Equal([(D(5, 4), "missing", null), (D(5, 18), "submitted", D(5, 17)), (D(6, 1), "missing", null), (D(6, 15), "due", null)],
            inspection.ReportPeriods.Select(p => (p.Due, p.State, p.SubmittedOn)));
        var closed = (await Office.GetFromJsonAsync<InspectionReport>($"/api/reports/inspections/{IB}"))!;
        Assert.Equal([(D(5, 25), "submitted"), (D(6, 1), "missing")], closed.ReportPeriods.Select(p => (p.Due, p.State)));

        var drill = (await Office.GetFromJsonAsync<MissingPage>($"/api/reports/missing-reports?jurisdictionPath=/p/fz/"))!;
        Assert.Equal(6, drill.Count);
        Assert.Equal([D(3, 31), D(4, 30), D(5, 4), D(5, 31), D(6, 1), D(6, 1)], drill.Items.Select(i => i.Due));
        Assert.Equal([(IB, D(6, 1))], (await Office.GetFromJsonAsync<MissingPage>($"/api/reports/missing-reports?unitId={B}"))!.Items.Select(i => (i.InspectionId, i.Due)));
    }

    [Fact]
    public async Task The_figure_is_computed_at_read_time_and_scoped()
    {
        await FeedAsync();

        _host.Clock.Advance(TimeSpan.FromDays(1)); // Tuesday 06-16: IA's 06-15 report is now missing
        Assert.Equal(6, (await Office.GetFromJsonAsync<UnitReport>($"/api/reports/units/{A}"))!.MissingReports);
        await _host.FeedAsync(Report(IA, A, 7, D(6, 15)));
        Assert.Equal(5, (await Office.GetFromJsonAsync<UnitReport>($"/api/reports/units/{A}"))!.MissingReports);

        var own = _host.As($"unit_coordinator|u:{B}");
        Assert.Equal(1, (await own.GetFromJsonAsync<MissingPage>("/api/reports/missing-reports"))!.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await Office.GetAsync($"/api/reports/inspections/{IC}")).StatusCode);
    }

    private sealed record Row(Guid UnitId, int MissingReports);
    private sealed record Dashboard(int MissingReports, List<Row> Rows);
    private sealed record InspectionRow(Guid InspectionId, int MissingReports);
    private sealed record UnitReport(int MissingReports, List<InspectionRow> Inspections);
    private sealed record Period(DateOnly Due, string State, DateOnly? SubmittedOn);
    private sealed record InspectionReport(int MissingReports, List<Period> ReportPeriods);
    private sealed record MissingItem(Guid InspectionId, Guid UnitId, string UnitName, DateOnly Due);
    private sealed record MissingPage(int Count, List<MissingItem> Items);

    public void Dispose() => _host.Dispose();
}
