namespace Rectify.Findings.Import.Tests;

/// <summary>A notice's overall statement of completion (已完成整改N个, 整改完成率100%) and the items that state no status of their own.</summary>
public class CompletionStatementTests
{
    private static string Notice(string summary, params string[] items) => $"""
        某局党组关于巡察整改进展情况的通报
        2021年06月01日
        根据市委统一部署，2020年10月9日至12月1日，市委第二巡察组对某局党组开展了常规巡察，并于2021年1月5日反馈了巡察意见。
        一、整改工作组织情况
        成立领导小组。
        二、巡察反馈问题整改情况
        {summary}
        （一）党的建设方面
        {string.Join("\n", items)}
        三、下一步工作打算
        （一）持续推进。
        """;

    private static IEnumerable<ParsedFinding> Leaves(IEnumerable<ParsedFinding> nodes) =>
        nodes.SelectMany(n => n.Children.Count == 0 ? [n] : Leaves(n.Children));

    [Fact]
    public void Notice_002_states_all_21_problems_done_and_its_items_state_none_so_all_21_are_completed()
    {
        var n = Corpus.Parse("002_4f4fae3bed152b1a.txt");

        var c = n.Completion;
        Assert.Equal((CompletionStatementKind.Full, 21, 21, "problems", 21, 21), (c.Kind, c.Completed, c.Total, c.Level, c.Counted, c.Applied));
        var leaves = Leaves(n.Findings).ToList();
        Assert.All(leaves, f => Assert.Equal(FindingStatus.Unknown, f.Status));
        Assert.All(leaves, f => Assert.Equal(FindingStatus.Completed, c.StatusOf(f)));
        Assert.Contains(n.Warnings, w => w.Contains("21 item(s) that state no status are imported as completed", StringComparison.Ordinal));
    }

    [Fact]
    public void Notice_000_states_all_39_done_and_only_its_one_item_without_a_status_takes_it()
    {
        var n = Corpus.Parse("000_0308528fac846c46.txt");

        Assert.Equal((CompletionStatementKind.Full, "issues", 1), (n.Completion.Kind, n.Completion.Level, n.Completion.Applied));
        var leaves = Leaves(n.Findings).ToList();
        Assert.All(leaves.Where(f => f.Status != FindingStatus.Unknown), f => Assert.Equal(f.Status, n.Completion.StatusOf(f)));
        Assert.Equal(FindingStatus.Completed, n.Completion.StatusOf(Assert.Single(leaves, f => f.Status == FindingStatus.Unknown)));
    }

    [Fact]
    public void Report_21_states_35_of_37_done_without_saying_which_so_nothing_is_marked_and_the_preview_warns()
    {
        var n = Corpus.Parse("report_21.txt");

        Assert.Equal((CompletionStatementKind.Partial, 35, 37, 0), (n.Completion.Kind, n.Completion.Completed, n.Completion.Total, n.Completion.Applied));
        Assert.All(Leaves(n.Findings), f => Assert.Equal(f.Status, n.Completion.StatusOf(f)));
        Assert.Contains(n.Warnings, w => w.Contains("cannot be applied per item", StringComparison.Ordinal));
    }

    [Fact]
    public void A_completion_rate_of_100_percent_beside_the_totals_counts_as_all_done()
    {
        var n = NoticeParser.Parse(Notice("巡察反馈的1个方面2个问题，整改完成率100%。", "1.学习不深入。", "2.制度执行不严。"));

        Assert.Equal((CompletionStatementKind.Full, 2, 2), (n.Completion.Kind, n.Completion.Completed, n.Completion.Applied));
        Assert.All(Leaves(n.Findings), f => Assert.Equal(FindingStatus.Completed, n.Completion.StatusOf(f)));
    }

    [Fact]
    public void All_stated_done_over_a_tree_of_another_size_marks_nothing()
    {
        var n = NoticeParser.Parse(Notice("巡察反馈的1个方面3个问题，已完成整改3个。", "1.学习不深入。", "2.制度执行不严。"));

        Assert.Equal((CompletionStatementKind.Unmatched, 3, 2), (n.Completion.Kind, n.Completion.Total, n.Completion.Counted));
        Assert.All(Leaves(n.Findings), f => Assert.Equal(FindingStatus.Unknown, n.Completion.StatusOf(f)));
        Assert.Contains(n.Warnings, w => w.Contains("the statement is not applied", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_that_states_its_own_status_keeps_it_under_a_full_statement()
    {
        var n = NoticeParser.Parse(Notice("巡察反馈的1个方面2个问题，已完成整改2个。", "1.学习不深入。", "完成状态：正在推进", "2.制度执行不严。"));

        var leaves = Leaves(n.Findings).ToList();
        Assert.Equal([FindingStatus.InProgress, FindingStatus.Completed], leaves.Select(n.Completion.StatusOf));
        Assert.Equal(1, n.Completion.Applied);
    }

    [Fact]
    public void The_json_gives_the_statement_and_marks_the_items_it_completes()
    {
        var n = NoticeParser.Parse(Notice("巡察反馈的1个方面2个问题，已完成整改2个。", "1.学习不深入。", "2.制度执行不严。"));

        var json = NoticeJson.ToJson("t.txt", n);

        Assert.Equal("full", json["statedCompletion"]!["kind"]!.GetValue<string>());
        Assert.Equal(2, json["statedCompletion"]!["applied"]!.GetValue<int>());
        var items = json["findings"]![0]!["children"]!.AsArray();
        Assert.All(items, i => Assert.Equal(("completed", true, null), (i!["taskState"]!.GetValue<string>(), i["statusFromStatement"]!.GetValue<bool>(), i["status"]?.GetValue<string>())));
        Assert.False(json["findings"]![0]!["statusFromStatement"]!.GetValue<bool>()); // the heading above them has no task
    }

    [Fact]
    public void Without_a_statement_the_json_has_none()
    {
        var n = NoticeParser.Parse(Notice("巡察反馈的1个方面2个问题。", "1.学习不深入。", "2.制度执行不严。"));

        Assert.Equal(CompletionStatementKind.None, n.Completion.Kind);
        Assert.Null(NoticeJson.ToJson("t.txt", n)["statedCompletion"]);
    }
}
