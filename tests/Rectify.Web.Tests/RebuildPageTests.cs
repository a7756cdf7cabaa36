using System.Net;
using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

/// <summary>重建报表: an administrator starts a rebuild and follows each service's answer; nobody else may.</summary>
public class RebuildPageTests
{
    private const string Page = "/reports/rebuild";

    private const string Runs = """
        [{"id":"b0000000-0000-0000-0000-000000000001","requestedBy":"admin","requestedAt":"2026-11-22T04:00:00Z","state":"running","completedAt":null,
          "finished":[{"service":"units","count":12,"finishedAt":"2026-11-22T04:00:02Z"}],"waiting":["findings","tasks"],"events":12}]
        """;

    [Fact]
    public async Task Shows_each_runs_progress_and_starts_one()
    {
        using var factory = Factory();
        factory.Gateway.On("GET /api/reports/admin/rebuilds", (_, _) => Ok(Runs))
            .On("POST /api/reports/admin/rebuild", (_, _) => FakeGateway.Json(HttpStatusCode.Accepted, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(Page));
        var response = await Forms.PostAsync(browser, Page, "start-rebuild", []);

        Assert.Contains("进行中", page);
        Assert.Contains("units（12）", page);
        Assert.Contains("findings，tasks", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Page}?started=1", response.Headers.Location!.PathAndQuery);
        Assert.Equal(("POST", "/api/reports/admin/rebuild"), factory.Gateway.Writes.Select(w => (w.Method, w.Path)).Single());
    }

    [Fact]
    public async Task A_coordinator_is_told_only_administrators_rebuild_and_nothing_is_sent()
    {
        using var factory = Factory(CoordinatorProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(Page));
        await Forms.PostAsync(browser, Page, "start-rebuild", []);

        Assert.Contains("只有管理员可以重建报表。", page);
        Assert.Empty(factory.Gateway.Writes);
    }
}
