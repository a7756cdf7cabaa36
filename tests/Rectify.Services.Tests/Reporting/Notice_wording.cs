using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Rectify.Contracts.Units;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// What a clerk would reject in a generated notice: a stand-in where the data says nothing (the demo import's
/// "通报未载明轮次", an e-mail entered as "无"), and counts whose nouns change between sentences.
/// </summary>
public sealed class Notice_wording : IDisposable
{
    private static readonly Guid U = Guid.NewGuid(), I = Guid.NewGuid();
    private static readonly Guid Aspect = Guid.NewGuid(), Problem = Guid.NewGuid(), First = Guid.NewGuid(), Second = Guid.NewGuid();
    private const string UnitPath = "/p/fz/da/";
    private readonly ReportingHost _host = new();

    [Fact]
    public async Task An_unstated_round_and_a_stand_in_contact_are_left_out_of_the_text_the_docx_and_the_file_names()
    {
        await FeedAsync("通报未载明轮次", new ContactLine("0591-1234567", "无", "福州市某路2号"));
        var admin = _host.As("admin|*");
        var notice = await DraftAsync(admin);

        var text = await admin.GetStringAsync($"/api/reports/notices/{notice}/txt");
        Assert.Contains("市委第一巡察组对县档案局党组开展了常规巡察", text);
        Assert.Contains("如有意见建议，请及时向我们反映。联系电话：0591-1234567；通讯地址：福州市某路2号。", text);
        Assert.DoesNotContain("电子邮箱", text);
        Assert.DoesNotContain("未载明", text);

        var docx = await admin.GetAsync($"/api/reports/notices/{notice}/docx");
        var body = DocxText(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("开展了常规巡察", body);
        Assert.EndsWith("联系电话：0591-1234567；通讯地址：福州市某路2号。", body);
        Assert.DoesNotContain("未载明", docx.Content.Headers.ContentDisposition!.FileNameStar);

        var ledger = await admin.GetAsync($"/api/reports/inspections/{I}/ledger.xlsx");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.StartsWith("县档案局党组整改台账（截至", ledger.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task A_stated_round_is_printed_before_the_type()
    {
        await FeedAsync("十三届市委第一轮", new ContactLine(null, null, null));
        var admin = _host.As("admin|*");

        var text = await admin.GetStringAsync($"/api/reports/notices/{await DraftAsync(admin)}/txt");

        Assert.Contains("开展了十三届市委第一轮常规巡察", text);
        Assert.Contains("欢迎广大干部群众对巡察整改落实情况进行监督。\n", text);
    }

    [Fact]
    public async Task With_a_third_level_every_count_of_items_says_specific_issues()
    {
        await FeedAsync("十三届市委第一轮", new ContactLine(null, null, null));
        var admin = _host.As("admin|*");

        var text = await admin.GetStringAsync($"/api/reports/notices/{await DraftAsync(admin)}/txt");

        Assert.Contains("巡察反馈的1个方面1个问题2个具体问题，截至", text);
        Assert.Contains("针对巡察反馈的2个具体问题制定了2项整改任务", text);
        Assert.Contains("巡察反馈的2个具体问题中，已完成整改1个", text);
        Assert.Contains("对尚未完成整改的1个具体问题明确时限", text);
        Assert.DoesNotContain("2个问题", text);
        Assert.DoesNotContain("的1个问题", text);
    }

    private async Task FeedAsync(string round, ContactLine contact)
    {
        await _host.FeedAsync(Unit(U, "县档案局党组", UnitPath, contact));
        await _host.FeedAsync(
            Inspection(I, U, round: round, team: "市委第一巡察组"),
            Finding(Aspect, I, U, null, 1, "一", "党的建设方面", 2),
            Finding(Problem, I, U, Aspect, 2, "1", "基层党组织建设薄弱", 3),
            Finding(First, I, U, Problem, 3, "（1）", "三会一课不规范", 4),
            Finding(Second, I, U, Problem, 3, "（2）", "党费收缴不及时", 5));
        await _host.FeedAsync(
            Planned(TaskOf(Guid.NewGuid(), First, I, U, UnitPath, "closed", D(5, 31))),
            Planned(TaskOf(Guid.NewGuid(), Second, I, U, UnitPath, "in_progress", D(9, 30))));
    }

    private static async Task<Guid> DraftAsync(HttpClient admin)
    {
        var created = await admin.PostAsync($"/api/reports/inspections/{I}/notices", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<Draft>())!.Id;
    }

    private static string DocxText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private sealed record Draft(Guid Id);

    public void Dispose() => _host.Dispose();
}
