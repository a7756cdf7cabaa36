using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Rectify.Contracts.Findings;

namespace Rectify.Services.Tests.Findings;

public sealed class Inspection_lifecycle : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task Feedback_sets_the_default_due_dates_and_publishes_them()
    {
        var (office, id) = await _host.InspectionAsync("县林业局党组", "/p/fz/ly/");

        var response = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/feedback", new { feedbackOn = "2026-05-20" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inspection = (await response.Content.ReadFromJsonAsync<Summary>())!;
        Assert.Equal(("feedback_delivered", new DateOnly(2026, 6, 19), new DateOnly(2026, 7, 19), new DateOnly(2026, 8, 18)),
            (inspection.Status, inspection.PlanDue, inspection.ProgressReportDue, inspection.PublicNoticeDue));
        var set = Assert.Single(await _host.PublishedAsync<RectificationDueDatesScheduled>(p => p.Count > 0));
        Assert.Equal((new DateOnly(2026, 5, 20), new DateOnly(2026, 7, 19)), (set.FeedbackOn, set.ProgressReportDue));
    }

    [Fact]
    public async Task A_jurisdiction_policy_overrides_the_defaults_for_its_subtree_only()
    {
        var (office, id) = await _host.InspectionAsync("县粮食局党组", "/p/fz/ls/");
        var (_, elsewhere) = await _host.InspectionAsync("县商务局党组", "/p/fz/sw/");

        var set = await office.PutAsJsonAsync("/api/findings/due-date-policies",
            new { jurisdictionPath = "/p/fz/ls/", planDays = 15, progressReportDays = 45, publicNoticeDays = 60 });
        var outside = await office.PutAsJsonAsync("/api/findings/due-date-policies",
            new { jurisdictionPath = "/p/nc/", planDays = 15, progressReportDays = 45, publicNoticeDays = 60 });
        var inside = await FeedbackAsync(office, id, "2026-05-20");
        var other = await FeedbackAsync(office, elsewhere, "2026-05-20");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal((new DateOnly(2026, 6, 4), new DateOnly(2026, 7, 4), new DateOnly(2026, 7, 19)),
            (inside.PlanDue, inside.ProgressReportDue, inside.PublicNoticeDue));
        Assert.Equal(new DateOnly(2026, 6, 19), other.PlanDue);
    }

    [Fact]
    public async Task Rectification_starts_after_feedback_and_only_a_rectifying_inspection_closes()
    {
        var (office, id) = await _host.InspectionAsync("县水利局党组", "/p/fz/sl/");
        var coordinator = _host.As($"unit_coordinator|u:{await UnitOfAsync(office, id)}");

        var tooEarly = await coordinator.PostAsync($"/api/findings/inspections/{id}/start", null);
        var closingEarly = await office.PostAsync($"/api/findings/inspections/{id}/close", null);
        await FeedbackAsync(office, id, "2026-05-20");
        var started = await coordinator.PostAsync($"/api/findings/inspections/{id}/start", null);
        var coordinatorCloses = await coordinator.PostAsync($"/api/findings/inspections/{id}/close", null);
        var closed = await office.PostAsync($"/api/findings/inspections/{id}/close", null);
        var changeAfterClose = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/findings",
            new { level = 1, ordinal = "一", title = "关闭后补录的方面" });

        Assert.Equal(HttpStatusCode.Forbidden, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, closingEarly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coordinatorCloses.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<Summary>())!.Status);
        Assert.Equal(HttpStatusCode.Forbidden, changeAfterClose.StatusCode);
        Assert.Single(await _host.PublishedAsync<RectificationStarted>(p => p.Count > 0));
        Assert.Single(await _host.PublishedAsync<InspectionClosed>(p => p.Count > 0));
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_and_nothing_changes()
    {
        var (office, id) = await _host.InspectionAsync("县统计局党组", "/p/fz/tj2/");
        var read = await office.GetAsync($"/api/findings/inspections/{id}");
        var etag = read.Headers.ETag!;
        await FeedbackAsync(office, id, "2026-05-20");

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/findings/inspections/{id}/feedback")
        {
            Content = JsonContent.Create(new { feedbackOn = "2026-05-21" }),
        };
        stale.Headers.IfMatch.Add(etag);
        var response = await office.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(new DateOnly(2026, 5, 20), (await office.GetFromJsonAsync<Summary>($"/api/findings/inspections/{id}"))!.FeedbackOn);
        var fresh = new HttpRequestMessage(HttpMethod.Post, $"/api/findings/inspections/{id}/feedback")
        {
            Content = JsonContent.Create(new { feedbackOn = "2026-05-21" }),
        };
        fresh.Headers.IfMatch.Add((await office.GetAsync($"/api/findings/inspections/{id}")).Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await office.SendAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task A_recurrence_links_to_a_finding_of_an_earlier_inspection_of_the_same_unit()
    {
        var unit = await _host.UnitAsync("县民政局党组", "/p/fz/mz/");
        var office = _host.As(FindingsHost.FuzhouOffice);
        var earlier = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(unit)));
        var lookBack = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", new
        {
            unitId = unit, kind = "xuncha", issuer = "县委", team = "县委第二巡察组", round = "十五届县委第六轮", type = "回头看",
            onSiteStart = "2027-03-01", onSiteEnd = "2027-04-15",
        }));
        var (_, stranger) = await _host.InspectionAsync("县人社局党组", "/p/fz/rs/");
        var original = await FindingsHost.RecordAsync(office, earlier, null, 1, "一", "低保审核把关不严");
        var foreign = await FindingsHost.RecordAsync(office, stranger, null, 1, "一", "别的单位的问题");
        var again = await FindingsHost.RecordAsync(office, lookBack, null, 1, "一", "低保审核把关不严问题依然存在");

        var linked = await office.PutAsJsonAsync($"/api/findings/inspections/{lookBack}/findings/{again}/recurrence", new { earlierFindingId = original });
        var sameInspection = await office.PutAsJsonAsync($"/api/findings/inspections/{lookBack}/findings/{again}/recurrence", new { earlierFindingId = again });
        var otherUnit = await office.PutAsJsonAsync($"/api/findings/inspections/{lookBack}/findings/{again}/recurrence", new { earlierFindingId = foreign });

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(original, (await linked.Content.ReadFromJsonAsync<Node>())!.RecurrenceOfFindingId);
        Assert.Contains("earlierFindingId", (await sameInspection.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, otherUnit.StatusCode);
        var published = Assert.Single(await _host.PublishedAsync<FindingRecurrenceLinked>(p => p.Count > 0));
        Assert.Equal((original, earlier), (published.EarlierFindingId, published.EarlierInspectionId));
    }

    [Fact]
    public async Task Withdrawing_an_inspection_is_only_for_one_registered_in_error()
    {
        var (office, id) = await _host.InspectionAsync("县档案馆党组", "/p/fz/da/");
        var (_, other) = await _host.InspectionAsync("县方志办党组", "/p/fz/fz2/");
        await FindingsHost.RecordAsync(office, other, null, 1, "一", "已有的方面");

        var withdrawn = await office.DeleteAsync($"/api/findings/inspections/{id}");
        var refused = await office.DeleteAsync($"/api/findings/inspections/{other}");

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/findings/inspections/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(await _host.PublishedAsync<InspectionWithdrawn>(p => p.Count > 0));
    }

    private static async Task<Summary> FeedbackAsync(HttpClient office, Guid id, string date)
    {
        var response = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/feedback", new { feedbackOn = date });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Summary>())!;
    }

    private static async Task<Guid> UnitOfAsync(HttpClient office, Guid id) =>
        (await office.GetFromJsonAsync<Summary>($"/api/findings/inspections/{id}"))!.UnitId;

    private sealed record Summary(Guid Id, Guid UnitId, string Status, DateOnly? FeedbackOn, DateOnly? PlanDue, DateOnly? ProgressReportDue,
        DateOnly? PublicNoticeDue);

    private sealed record Node(Guid Id, Guid? RecurrenceOfFindingId);

    public void Dispose() => _host.Dispose();
}
