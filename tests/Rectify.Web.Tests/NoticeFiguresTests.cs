using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

/// <summary>What an imported notice states about itself, on the inspection page beside the tree's counts, and its statement of completion in the preview.</summary>
public class NoticeFiguresTests
{
    private const string PreviewPage = "/inspections/import/" + ImportId;

    private const string Figures = """
        {"importId":"b0000000-0000-0000-0000-000000000001",
         "stated":{"aspects":3,"problems":17,"issues":45,"completed":21,"completionRate":null},
         "recorded":{"aspects":1,"problems":1,"issues":1,"completed":null,"completionRate":null},
         "disagreeing":["aspects","problems","issues"],
         "outcomes":{"talkPeople":4,"talkBatches":2,"rulesMade":1,"rulesRevised":null,"moneyYuan":30364,"accountablePeople":null},
         "contact":{"text":"联系电话：0576-83301800；电子邮箱：465129277@qq.com。","phone":"0576-83301800","email":"465129277@qq.com","address":null,"postcode":null}}
        """;

    private static string DetailWith(string figures) => Detail().TrimEnd()[..^1] + ",\"notice\":" + figures + "}";

    private static WebUiFactory WithFigures(string figures)
    {
        var factory = Factory();
        factory.Gateway.On($"GET /api/findings/inspections/{InspectionId}", (_, _) => Ok(DetailWith(figures)));
        return factory;
    }

    [Fact]
    public async Task The_inspection_page_shows_the_notices_totals_beside_the_trees_and_marks_where_they_disagree()
    {
        using var factory = WithFigures(Figures);
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("通报所载：3个方面≠17个问题≠45个具体问题≠，已完成21个", text);
        Assert.Contains("系统中：1个方面≠1个问题≠1个具体问题≠", text);
        Assert.Contains("⚠ 通报所载与系统中不一致：方面、问题、具体问题", text);
        Assert.Matches("<dt>谈话（人次）</dt><dd>4</dd>\\s*<dt>谈话（批次）</dt><dd>2</dd>\\s*<dt>新制定制度</dt><dd>1</dd>\\s*<dt>清退追缴资金（元）</dt><dd>30,364</dd>", text);
        Assert.Contains("联系电话：0576-83301800；电子邮箱：465129277@qq.com。", text);
    }

    [Fact]
    public async Task Totals_that_agree_carry_no_mark()
    {
        using var factory = WithFigures(Figures.Replace("\"recorded\":{\"aspects\":1,\"problems\":1,\"issues\":1", "\"recorded\":{\"aspects\":3,\"problems\":17,\"issues\":45")
            .Replace("\"disagreeing\":[\"aspects\",\"problems\",\"issues\"]", "\"disagreeing\":[]"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("通报所载：3个方面17个问题45个具体问题，已完成21个", text);
        Assert.Contains("系统中：3个方面17个问题45个具体问题", text);
        Assert.DoesNotContain("≠", text);
        Assert.DoesNotContain("class=\"mismatch\"", text);
    }

    [Fact]
    public async Task An_inspection_not_imported_from_a_notice_has_no_such_section()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.DoesNotContain("notice-figures", text);
        Assert.DoesNotContain("系统中：", text);
    }

    [Fact]
    public async Task The_figures_are_English_with_the_culture_cookie()
    {
        using var factory = WithFigures(Figures);
        var browser = await PagesTests.SignedInAsync(factory);
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("Notice: 3 Aspects≠, 17 Problems≠, 45 Specific issues≠, 21 completed", text);
        Assert.Contains("The notice and the records disagree: Aspects、Problems、Specific issues", text);
        Assert.Contains("Talks (people)", text);
        Assert.DoesNotContain("通报所载", text);
    }

    private static WebUiFactory WithStatement(string statement, bool itemFromStatement = false)
    {
        var preview = Preview().Replace("\"contact\":null,", $"\"contact\":null,\"statedCompletion\":{statement},");
        if (itemFromStatement)
            preview = preview.Replace("\"status\":\"in_progress\",\"taskState\":\"in_progress\"", "\"status\":null,\"taskState\":\"completed\",\"statusFromStatement\":true")
                .Replace("\"statusText\":\"正在推进\",\"statusFromLabel\":true", "\"statusText\":null,\"statusFromLabel\":null");
        var factory = Factory();
        factory.Gateway.On($"GET /api/findings/imports/{ImportId}", (_, _) => Ok(preview));
        return factory;
    }

    [Fact]
    public async Task The_preview_says_a_full_statement_completes_the_items_without_a_status()
    {
        using var factory = WithStatement("""{"kind":"full","completed":2,"total":2,"level":"problems","counted":2,"withoutStatus":1,"applied":1}""", true);
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Contains("<p class=\"completion\" role=\"status\">通报称已全部完成整改（共2个问题），1个未载明状态的事项按已完成导入。</p>", text);
        Assert.Contains("<span class=\"tag state-completed\">按通报总述：已完成</span>", text);
    }

    [Fact]
    public async Task The_preview_warns_that_a_partial_statement_cannot_be_applied_per_item()
    {
        using var factory = WithStatement("""{"kind":"partial","completed":35,"total":37,"level":"issues","counted":37,"withoutStatus":35,"applied":0}""");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Contains("<p class=\"completion warn\" role=\"status\">通报称已完成整改35个（共37个具体问题），未说明是哪些，无法逐项认定：35个未载明状态的事项不标记为完成。</p>", text);
        Assert.DoesNotContain("按通报总述", text);
    }

    [Fact]
    public async Task The_statement_line_is_English_with_the_culture_cookie()
    {
        using var factory = WithStatement("""{"kind":"unmatched","completed":3,"total":3,"level":"problems","counted":2,"withoutStatus":2,"applied":0}""");
        var browser = await PagesTests.SignedInAsync(factory);
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Contains("The notice states all 3 Problems rectified, but the tree has 2 at that level", text);
    }

    [Fact]
    public async Task Nothing_is_said_when_every_item_states_its_own_status()
    {
        using var factory = WithStatement("""{"kind":"partial","completed":2,"total":3,"level":"problems","counted":2,"withoutStatus":0,"applied":0}""");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.DoesNotContain("class=\"completion", text);
    }
}
