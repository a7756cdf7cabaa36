using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Services.Tests.Findings;

/// <summary>
/// The recurring progress report: the office sets it, the coordinator submits per period. The service runs on the
/// real clock, so the periods are laid out around today (Asia/Shanghai).
/// </summary>
public sealed class Progress_report_obligations : IDisposable
{
    private readonly FindingsHost _host = new();
    private static readonly DateOnly Today = TimeProvider.System.Today();

    [Fact]
    public async Task The_office_sets_the_obligation_and_the_periods_show_submitted_due_or_missing()
    {
        var (office, id, coordinator) = await InspectionWithFeedbackAsync("县交通局党组", "/p/fz/jt/");
        var first = Today.AddDays(-20);

        var set = await office.PutAsJsonAsync(Url(id, "/obligation"), new { every = 14, intervalUnit = "days", firstDue = first });
        var submitted = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first.AddDays(14), summary = "第二期整改进展：已完成3项" });
        var read = await coordinator.GetFromJsonAsync<Reports>(Url(id));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal([(first, "missing"), (first.AddDays(14), "submitted"), (first.AddDays(28), "due")],
            read!.Periods.Select(p => (p.Due, p.State)).ToList());
        Assert.Equal("第二期整改进展：已完成3项", read.Periods[1].Report!.Summary);
        Assert.Equal(Today, read.Periods[1].Report!.SubmittedOn);
        var obligation = Assert.Single(await _host.PublishedAsync<ProgressReportObligationScheduled>(p => p.Count > 0));
        Assert.Equal((14, "days", first, (DateOnly?)null), (obligation.Every, obligation.IntervalUnit, obligation.FirstDue, obligation.Until));
        var report = Assert.Single(await _host.PublishedAsync<ProgressReportSubmitted>(p => p.Count > 0));
        Assert.Equal((first.AddDays(14), Today), (report.PeriodDue, report.SubmittedOn));
        Assert.True(report.Meta.Version > obligation.Meta.Version);
    }

    [Fact]
    public async Task A_report_for_a_date_off_the_schedule_too_far_ahead_or_twice_is_refused()
    {
        var (office, id, coordinator) = await InspectionWithFeedbackAsync("县卫健委党组", "/p/fz/wj/");
        var first = Today.AddDays(-5);
        var before = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first, summary = "尚未设定报告要求时的报告" });
        await office.PutAsJsonAsync(Url(id, "/obligation"), new { every = 1, intervalUnit = "months", firstDue = first });

        var offSchedule = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first.AddDays(1), summary = "日期不对" });
        var tooFar = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first.AddMonths(2), summary = "提前两期的报告" });
        var empty = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first, summary = "" });
        var next = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first.AddMonths(1), summary = "下一期提前报送" });
        var once = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first, summary = "本期报告" });
        var twice = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = first, summary = "本期报告再报一次" });

        Assert.Contains("periodDue", await ErrorsAsync(before));
        Assert.Contains("periodDue", await ErrorsAsync(offSchedule));
        Assert.Contains("periodDue", await ErrorsAsync(tooFar));
        Assert.Contains("summary", await ErrorsAsync(empty), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal(HttpStatusCode.Created, once.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(2, await _host.Db(db => db.ProgressReports.CountAsync(r => r.InspectionId == id)));
        Assert.Equal(2, (await _host.PublishedAsync<ProgressReportSubmitted>(p => p.Count >= 2)).Count(r => r.InspectionId == id));
    }

    [Fact]
    public async Task An_invalid_obligation_is_a_400_naming_the_field_and_nothing_is_written()
    {
        var (office, id, _) = await InspectionWithFeedbackAsync("县审计局党组", "/p/fz/sj/");
        var (noFeedbackOffice, registered) = await _host.InspectionAsync("县科技局党组", "/p/fz/kj/");

        var zero = await office.PutAsJsonAsync(Url(id, "/obligation"), new { every = 0, intervalUnit = "days", firstDue = Today });
        var weeks = await office.PutAsJsonAsync(Url(id, "/obligation"), new { every = 2, intervalUnit = "weeks", firstDue = Today });
        var months = await office.PutAsJsonAsync(Url(id, "/obligation"), new { every = 13, intervalUnit = "months", firstDue = Today });
        var beforeFeedback = await office.PutAsJsonAsync(Url(id, "/obligation"), new { every = 14, intervalUnit = "days", firstDue = "2026-05-19" });
        var endsFirst = await office.PutAsJsonAsync(Url(id, "/obligation"), new { every = 14, intervalUnit = "days", firstDue = Today, until = Today.AddDays(-1) });
        var noFeedback = await noFeedbackOffice.PutAsJsonAsync(Url(registered, "/obligation"), new { every = 14, intervalUnit = "days", firstDue = Today });

        Assert.Contains("every", await ErrorsAsync(zero), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("intervalUnit", await ErrorsAsync(weeks), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("every", await ErrorsAsync(months));
        Assert.Contains("firstDue", await ErrorsAsync(beforeFeedback));
        Assert.Contains("until", await ErrorsAsync(endsFirst));
        Assert.Contains("firstDue", await ErrorsAsync(noFeedback));
        Assert.Null((await office.GetFromJsonAsync<Reports>(Url(id)))!.Obligation);
        Assert.False(await _host.Db(db => db.ReportObligations.AnyAsync()));
        Assert.DoesNotContain(_host.Harness.Published.Select<ProgressReportObligationScheduled>(), _ => true);
    }

    [Fact]
    public async Task Only_the_office_sets_it_out_of_scope_is_404_a_stale_If_Match_412_and_a_closed_inspection_403()
    {
        var (office, id, coordinator) = await InspectionWithFeedbackAsync("县应急局党组", "/p/fz/yj/");
        var stranger = _host.As("inspection_office|j:/p/nc/");
        var body = new { every = 14, intervalUnit = "days", firstDue = Today };
        var etag = (await office.GetAsync(Url(id))).Headers.ETag!;

        var byCoordinator = await coordinator.PutAsJsonAsync(Url(id, "/obligation"), body);
        var byStranger = await stranger.PutAsJsonAsync(Url(id, "/obligation"), body);
        var strangerReads = await stranger.GetAsync(Url(id));
        var set = await office.PutAsJsonAsync(Url(id, "/obligation"), body);
        var stale = new HttpRequestMessage(HttpMethod.Put, Url(id, "/obligation")) { Content = JsonContent.Create(new { every = 7, intervalUnit = "days", firstDue = Today }) };
        stale.Headers.IfMatch.Add(etag);
        var staleResponse = await office.SendAsync(stale);
        await office.PostAsync($"/api/findings/inspections/{id}/start", null);
        await office.PostAsync($"/api/findings/inspections/{id}/close", null);
        var afterClose = await coordinator.PostAsJsonAsync(Url(id), new { periodDue = Today, summary = "关闭后的报告" });

        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerReads.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleResponse.StatusCode);
        Assert.Equal(14, (await office.GetFromJsonAsync<Reports>(Url(id)))!.Obligation!.Every);
        Assert.Equal(HttpStatusCode.Forbidden, afterClose.StatusCode);
    }

    private async Task<(HttpClient Office, Guid Id, HttpClient Coordinator)> InspectionWithFeedbackAsync(string unit, string path)
    {
        var (office, id) = await _host.InspectionAsync(unit, path);
        var summary = await office.GetFromJsonAsync<UnitOf>($"/api/findings/inspections/{id}");
        (await office.PostAsJsonAsync($"/api/findings/inspections/{id}/feedback", new { feedbackOn = "2026-05-20" })).EnsureSuccessStatusCode();
        return (office, id, _host.As($"unit_coordinator|u:{summary!.UnitId}"));
    }

    private static string Url(Guid id, string tail = "") => $"/api/findings/inspections/{id}/progress-reports{tail}";

    private static async Task<ICollection<string>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys;
    }

    private sealed record UnitOf(Guid UnitId);
    private sealed record Reports(Obligation? Obligation, List<Period> Periods);
    private sealed record Obligation(int Every, string IntervalUnit, DateOnly FirstDue, DateOnly? Until);
    private sealed record Period(DateOnly Due, string State, Report? Report);
    private sealed record Report(Guid Id, DateOnly PeriodDue, DateOnly SubmittedOn, string Summary);

    public void Dispose() => _host.Dispose();
}
