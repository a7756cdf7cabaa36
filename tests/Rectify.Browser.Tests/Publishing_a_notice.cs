using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>
/// The reporting UI end to end on the embedded host: the office's dashboard shows figures, a coordinator drafts the
/// progress notice of a demo inspection, edits its organisation section, publishes it, and anyone reads it without signing in.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed partial class Publishing_a_notice(EmbeddedHost host, ITestOutputHelper output)
{
    private const string DemoUnit = "中共赣州市水利局党组";
    private const string ClueSummary = "浏览器测试线索：某科室负责人违规收受工程款回扣";
    private const string Organisation = "浏览器测试：党组召开专题会议研究部署巡察整改工作，逐条制定整改措施。";

    [Fact]
    public async Task Drafts_edits_publishes_and_reads_it_anonymously()
    {
        var inspectionId = await DemoInspectionInReportingAsync();

        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);

        await page.GotoAsync("reports");
        var row = page.Locator("table.dashboard tbody tr", new() { HasText = DemoUnit });
        await Assertions.Expect(row.Locator(".rate")).ToHaveTextAsync(new Regex(@"^\d+\.\d%$"));
        await Assertions.Expect(row.Locator(".rate-overdue")).ToContainTextAsync("逾期");
        await Assertions.Expect(page.Locator(".legend")).ToContainTextAsync("未销号且当前时限早于今天");
        await Assertions.Expect(page.Locator("#timeline-chart svg title")).ToHaveTextAsync("整改进度趋势（按周累计）");
        await Screenshot(page, "20-dashboard");
        var total = await row.Locator("td .figure-link").Nth(1).TextContentAsync() ?? ""; // after the overdue beside the rate
        Assert.True(int.Parse(total!) > 0, $"{DemoUnit} shows no tasks on the dashboard");
        await row.Locator("td .figure-link").Nth(1).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("明细：任务总数");
        await Assertions.Expect(page.Locator("table.items tbody tr")).ToHaveCountAsync(Math.Min(int.Parse(total), 100));

        await page.GotoAsync($"reports/notices?inspectionId={inspectionId}");
        await page.Locator("#create-notice button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("h1").First).ToHaveTextAsync("编辑通报");
        await page.Locator("#notice-organisation").FillAsync(Organisation);
        await page.Locator("#edit-notice button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        await Assertions.Expect(page.Locator(".preview")).ToContainTextAsync(Organisation);
        await Screenshot(page, "21-notice-editor");

        await page.Locator("#publish-notice button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("通报已发布");
        await Assertions.Expect(page.Locator("#notice-status")).ToHaveTextAsync("已发布");
        var title = await page.Locator(".notice-head strong").TextContentAsync();

        await using var anonymous = await host.NewContextAsync();
        var reader = await anonymous.NewPageAsync();
        await reader.GotoAsync("published-notices");
        await Assertions.Expect(reader.Locator("#username")).ToHaveCountAsync(0);
        await reader.GetByRole(AriaRole.Link, new() { Name = title! }).First.ClickAsync();
        var article = reader.Locator("article.notice-html");
        await Assertions.Expect(article.Locator("h1")).ToHaveTextAsync(title!);
        await Assertions.Expect(article).ToContainTextAsync(Organisation);
        await Assertions.Expect(reader.Locator(".downloads a", new() { HasText = "docx" })).ToHaveAttributeAsync("href", new Regex("^public/notices/.+/docx$"));
        await Screenshot(reader, "22-public-notice");

        var paragraphs = await article.Locator("p").AllTextContentsAsync();
        // The clue recorded by the discipline liaison never reaches reporting, let alone the public page.
        Assert.DoesNotContain(paragraphs, p => p.Contains(ClueSummary) || p.Contains("收受工程款回扣"));
        Assert.DoesNotContain(paragraphs, p => p.Contains("问题线索"));
        // A phone number or e-mail address may appear only on the unit's published contact line.
        var contacts = paragraphs.Where(p => Contact().IsMatch(p)).ToList();
        Assert.All(contacts, p => Assert.Contains("联系", p));
        Assert.True(contacts.Count <= 1, string.Join("\n", contacts));
    }

    /// <summary>The demo import runs in the background; reporting learns of it through events. Waits until reporting has its tasks.</summary>
    private async Task<Guid> DemoInspectionInReportingAsync()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = EmbeddedHost.AdminPassword }))
            .Content.ReadFromJsonAsync<Token>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        for (var i = 0; i < 240; i++, await Task.Delay(500))
        {
            var inspections = (await http.GetFromJsonAsync<List<Inspection>>("/api/findings/inspections"))!;
            if (inspections.FirstOrDefault(x => x.UnitName == DemoUnit && x.Team == "市委第一巡察组") is not { } demo)
                continue;
            using var response = await http.GetAsync($"/api/reports/inspections/{demo.Id}");
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadFromJsonAsync<Report>())!.Figures.Total >= 37)
            {
                await RecordClueAsync(http, demo);
                return demo.Id;
            }
        }

        throw new TimeoutException($"Reporting never held the demo inspection of {DemoUnit}.\n{host.Tail()}");
    }

    /// <summary>Clues are the discipline liaison's alone: an account with that role records one on the inspection.</summary>
    private async Task RecordClueAsync(HttpClient admin, Inspection demo)
    {
        const string password = "Liaison-Tests-2026!";
        var created = await admin.PostAsJsonAsync("/api/units/accounts", new
        {
            userName = "liaison-browser", displayName = "纪检联络员", password, personId = (string?)null,
            grants = new[] { new { role = "discipline_liaison", unitId = demo.UnitId.ToString(), jurisdictionId = (string?)null } },
        });
        Assert.True(created.IsSuccessStatusCode, $"account: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        using var liaison = new HttpClient { BaseAddress = host.BaseAddress };
        var token = await (await liaison.PostAsJsonAsync("/api/auth/token", new { username = "liaison-browser", password }))
            .Content.ReadFromJsonAsync<Token>();
        liaison.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        var clue = await liaison.PostAsJsonAsync($"/api/findings/inspections/{demo.Id}/clues", new
        {
            summary = ClueSummary, handedTo = "市纪委监委", handedOverOn = "2024-05-10", status = "handed_over",
        });
        Assert.True(clue.IsSuccessStatusCode, $"clue: {(int)clue.StatusCode} {await clue.Content.ReadAsStringAsync()}");
    }

    private async Task Screenshot(IPage page, string name)
    {
        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }

    [GeneratedRegex(@"(\d{3,4}-\d{7,8})|(1[3-9]\d{9})|([\w.+-]+@[\w-]+\.[\w.]+)")]
    private static partial Regex Contact();

    private sealed record Token(string AccessToken);

    private sealed record Inspection(Guid Id, Guid UnitId, string UnitName, string Team);

    private sealed record Figures(int Total);

    private sealed record Report(Figures Figures);
}
