using System.Net;
using System.Net.Http.Json;
using Rectify.Contracts.Units;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

public sealed class Publishing_notices : IDisposable
{
    private readonly ReportingHost _host = new();

    [Fact]
    public async Task A_published_notice_is_read_anonymously_without_clues_or_personal_data_until_withdrawn()
    {
        await FeedAsync(_host);
        await _host.FeedAsync(
            new PersonRegistered(Meta(1), Guid.NewGuid(), A, null, "张三", "科长", new ContactChannels("zs@example.com", "13800138000", null, null)),
            Progress(A3Overdue, 2, D(6, 12), "张三同志牵头清理往来款，联系电话13912345678，邮箱zs@example.com"));
        var coordinator = _host.As($"unit_coordinator|u:{A}");

        var created = await coordinator.PostAsync($"/api/reports/inspections/{IA}/notices", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<Notice>())!;
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.As($"viewer|u:{A}").PostAsync($"/api/reports/inspections/{IA}/notices", null)).StatusCode);

        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/reports/notices/{draft.Id}")
        {
            Content = JsonContent.Create(new { organisation = "局党组成立巡察整改工作领导小组，每周召开专题会议。", nextSteps = (string?)null }),
        };
        edit.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.SendAsync(edit)).StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/notices/{draft.Id}/publish");
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await coordinator.SendAsync(stale)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/reports/notices/{draft.Id}/publish", null)).StatusCode);

        var list = (await _host.Anonymous.GetFromJsonAsync<List<PublicSummary>>("/public/notices"))!;
        var listed = Assert.Single(list);
        Assert.Equal("中共县科技局党组关于市委巡察整改进展情况的通报", listed.Title);
        var notice = (await _host.Anonymous.GetFromJsonAsync<PublicNotice>($"/public/notices/{draft.Id}"))!;
        Assert.Contains("局党组成立巡察整改工作领导小组", notice.Markdown);
        Assert.Contains("正在推进（已超过整改时限）", notice.Markdown);
        Assert.Contains("联系电话：0591-87654321；电子邮箱：kjj@example.gov.cn", notice.Markdown);
        Assert.Contains("×××同志牵头清理往来款", notice.Markdown);
        foreach (var secret in new[] { "张三", "13912345678", "13800138000", "zs@example.com", "线索" })
        {
            Assert.DoesNotContain(secret, notice.Markdown);
            Assert.DoesNotContain(secret, notice.Html);
        }
        var docx = await _host.Anonymous.GetAsync($"/public/notices/{draft.Id}/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal((byte)'P', (await docx.Content.ReadAsByteArrayAsync())[0]); // a ZIP: PK

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/reports/notices/{draft.Id}/withdraw", null)).StatusCode);
        Assert.Empty((await _host.Anonymous.GetFromJsonAsync<List<PublicSummary>>("/public/notices"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Anonymous.GetAsync($"/public/notices/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_pdf_is_printed_by_chromium()
    {
        if (!File.Exists(Environment.GetEnvironmentVariable("RECTIFY_CHROMIUM") ?? "/usr/bin/chromium"))
            return; // ./rectify test installs Chromium; without it the endpoint answers 503
        await FeedAsync(_host);
        var admin = _host.As("admin|*");
        var notice = (await (await admin.PostAsync($"/api/reports/inspections/{IA}/notices", null)).Content.ReadFromJsonAsync<Notice>())!;
        var pdf = await admin.GetAsync($"/api/reports/notices/{notice.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Fact]
    public async Task A_snapshot_keeps_its_figures_and_items_when_the_data_moves_on()
    {
        await FeedAsync(_host);
        var office = _host.As("inspection_office|j:/p/fz/");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await _host.As($"unit_coordinator|u:{A}").PostAsJsonAsync("/api/reports/snapshots", new { label = "Q2", jurisdictionPath = Fuzhou })).StatusCode);
        var taken = await office.PostAsJsonAsync("/api/reports/snapshots", new { label = "2026年第二季度", jurisdictionPath = Fuzhou });
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var snapshot = (await taken.Content.ReadFromJsonAsync<SnapshotDto>())!;

        await _host.FeedAsync(new Rectify.Contracts.Tasks.TaskClosed(Meta(9), A3Overdue with { State = "closed", ClosedOn = D(6, 14) }, null));
        _host.Clock.Advance(TimeSpan.FromDays(30));

        var again = (await office.GetFromJsonAsync<SnapshotDto>($"/api/reports/snapshots/{snapshot.Snapshot.Id}"))!;
        Assert.Equal((7, 3, 2), (again.Figures.Totals.Total, again.Figures.Totals.Closed, again.Figures.Totals.Overdue));
        var overdue = (await office.GetFromJsonAsync<SnapshotItems>($"/api/reports/snapshots/{snapshot.Snapshot.Id}/items?figure=overdue"))!;
        Assert.Equal([A3, B1], overdue.Items.Select(i => i.TaskId).OrderBy(id => id == A3 ? 0 : 1));
        var live = (await office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard"))!;
        Assert.Equal(4, live.Totals.Closed);
    }

    private sealed record Notice(Guid Id, string Status, long Version);

    private sealed record PublicSummary(Guid Id, string Title, string UnitName, DateOnly PublishedOn);

    private sealed record PublicNotice(Guid Id, string Title, string Markdown, string Html);

    private sealed record SnapshotSummary(Guid Id, string Label, DateOnly AsOf);

    private sealed record SnapshotDto(SnapshotSummary Snapshot, DashboardDto Figures);

    private sealed record SnapshotItem(Guid TaskId, List<string> Figures);

    private sealed record SnapshotItems(int Count, List<SnapshotItem> Items);

    public void Dispose() => _host.Dispose();
}
