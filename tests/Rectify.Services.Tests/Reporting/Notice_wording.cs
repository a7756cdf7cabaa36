using System.Net;
using System.Net.Http.Json;
using Rectify.Contracts.Units;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// What a clerk would reject in a generated notice: a stand-in where the data says nothing (the demo import's
/// "通报未载明轮次", an e-mail entered as "无"), and counts whose nouns change between sentences.
/// </summary>
public sealed class Notice_wording : IDisposable
{
    private readonly ReportingHost _host = new();

    [Fact]
    public async Task An_unstated_round_and_a_stand_in_contact_are_left_out_of_the_text_the_docx_and_the_file_names()
    {
        await NoticeDraft.FeedAsync(_host, "通报未载明轮次", new ContactLine("0591-1234567", "无", "福州市某路2号"));
        var admin = _host.As("admin|*");
        var notice = await NoticeDraft.CreateAsync(admin);

        var text = await admin.GetStringAsync($"/api/reports/notices/{notice}/txt");
        Assert.Contains("市委第一巡察组对县档案局党组开展了常规巡察", text);
        Assert.Contains("如有意见建议，请及时向我们反映。联系电话：0591-1234567；通讯地址：福州市某路2号。", text);
        Assert.DoesNotContain("电子邮箱", text);
        Assert.DoesNotContain("未载明", text);

        var docx = await admin.GetAsync($"/api/reports/notices/{notice}/docx");
        var body = NoticeDraft.DocxText(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("开展了常规巡察", body);
        Assert.Contains("联系电话：0591-1234567；通讯地址：福州市某路2号。\n\n中共县档案局党组\n", body);
        Assert.DoesNotContain("未载明", docx.Content.Headers.ContentDisposition!.FileNameStar);

        var ledger = await admin.GetAsync($"/api/reports/inspections/{NoticeDraft.I}/ledger.xlsx");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.StartsWith("县档案局党组整改台账（截至", ledger.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task A_stated_round_is_printed_before_the_type()
    {
        await NoticeDraft.FeedAsync(_host, "十三届市委第一轮", new ContactLine(null, null, null));
        var admin = _host.As("admin|*");

        var text = await admin.GetStringAsync($"/api/reports/notices/{await NoticeDraft.CreateAsync(admin)}/txt");

        Assert.Contains("开展了十三届市委第一轮常规巡察", text);
        Assert.Contains("欢迎广大干部群众对巡察整改落实情况进行监督。\n", text);
    }

    [Fact]
    public async Task With_a_third_level_every_count_of_items_says_specific_issues()
    {
        await NoticeDraft.FeedAsync(_host, "十三届市委第一轮", new ContactLine(null, null, null));
        var admin = _host.As("admin|*");

        var text = await admin.GetStringAsync($"/api/reports/notices/{await NoticeDraft.CreateAsync(admin)}/txt");

        Assert.Contains("巡察反馈的1个方面1个问题2个具体问题，截至", text);
        Assert.Contains("针对巡察反馈的2个具体问题制定了2项整改任务", text);
        Assert.Contains("巡察反馈的2个具体问题中，已完成整改1个", text);
        Assert.Contains("对尚未完成整改的1个具体问题明确时限", text);
        Assert.DoesNotContain("2个问题", text);
        Assert.DoesNotContain("的1个问题", text);
    }

    public void Dispose() => _host.Dispose();
}
