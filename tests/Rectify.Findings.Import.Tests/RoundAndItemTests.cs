namespace Rectify.Findings.Import.Tests;

/// <summary>The term and round of the inspection, and what each finding carries besides its title: ordinal, 立行立改, money.</summary>
public class RoundAndItemTests
{
    /// <summary>Every corpus file: the round where the text states it (checked by reading each), null elsewhere.</summary>
    [Theory]
    [InlineData("000_0308528fac846c46.txt", "十三届市委第一轮")] // "…开展了十三届市委第一轮巡察"
    [InlineData("report_00.txt", "九届区党委第九轮")] // "九届区党委第九轮巡视对司法厅党委开展了常规巡视"
    [InlineData("report_13.txt", "三届区委第七轮")] // title "关于中共西乡塘区第三届委员会第七轮巡察整改情况的报告"
    [InlineData("report_15.txt", "十四届市委第十三轮")] // title "…关于十四届市委第十三轮巡察整改阶段性进展情况的通报"
    [InlineData("report_21.txt", "五届市委第十轮")] // the plan it names: "《五届市委第十轮市水利局（含原市水保局）党组巡察整改工作方案》"
    [InlineData("001_7f9aef61c5fa0b5a.txt", null)]
    [InlineData("002_4f4fae3bed152b1a.txt", null)]
    [InlineData("003_8bbb7dd837b185f2.txt", null)] // "本轮巡察" only
    [InlineData("report_01.txt", null)]
    [InlineData("report_02.txt", null)] // "新一轮深化“三个以案”警示教育" is not a round of inspection
    [InlineData("report_03.txt", null)]
    [InlineData("report_04.txt", null)]
    [InlineData("report_05.txt", null)]
    [InlineData("report_06.txt", null)]
    [InlineData("report_07.txt", null)]
    [InlineData("report_08.txt", null)]
    [InlineData("report_09.txt", null)] // "中央环保第一轮督察" is not this inspection
    [InlineData("report_10.txt", null)]
    [InlineData("report_11.txt", null)]
    [InlineData("report_12.txt", null)]
    [InlineData("report_14.txt", null)]
    [InlineData("report_16.txt", null)] // "上一轮巡察"
    [InlineData("report_17.txt", null)] // "本轮巡视", "上轮巡视"
    [InlineData("report_18.txt", null)]
    [InlineData("report_19.txt", null)]
    [InlineData("report_20.txt", null)]
    public void Round_as_stated(string file, string? round) => Assert.Equal(round, Corpus.Parse(file).Inspection.Round);

    [Fact]
    public void Every_corpus_file_has_a_round_expectation() =>
        Assert.Equal(Corpus.Files.Count(), typeof(RoundAndItemTests).GetMethod(nameof(Round_as_stated))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Length);

    [Theory]
    [InlineData("根据市委统一部署，2021年3月1日至5月1日，市委第二巡察组对某局党组开展了市委第三轮巡察，并于6月1日反馈了巡察意见。", "市委第三轮")]
    [InlineData("根据县委统一部署，2021年3月1日至5月1日，县委第二巡察组对某局党组开展了十五届县委第二轮巡察，并于6月1日反馈了巡察意见。", "十五届县委第二轮")]
    [InlineData("根据县委统一部署，2021年3月1日至5月1日，县委第二巡察组对某局党组开展了巡察，并于6月1日反馈了上一轮巡察意见。", null)]
    public void Round_forms(string opening, string? round) =>
        Assert.Equal(round, NoticeParser.Parse("某局党组关于巡察整改进展情况的通报\n" + opening + "\n一、问题整改情况\n1.学习不深入。").Inspection.Round);

    [Fact]
    public void Ordinals_are_kept_as_written()
    {
        var n = Corpus.Parse("report_00.txt");
        Assert.Equal("一", n.Findings[0].Ordinal);
        Assert.Equal("1", n.Findings[0].Children[0].Ordinal);
        Assert.Equal("（1）", n.Findings[0].Children[0].Children[0].Ordinal);
        var half = Corpus.Parse("003_8bbb7dd837b185f2.txt"); // written with half-width parentheses
        Assert.Equal("(一)", half.Findings[0].Ordinal);
    }

    [Fact]
    public void Notice_003_immediate_fix_group_money_and_item_2()
    {
        var n = Corpus.Parse("003_8bbb7dd837b185f2.txt");
        var group = n.Findings[0];
        Assert.Equal("立行立改情况", group.Title);
        // "2.2020年来,党组传达学习…" is item 2, not a number 2.2020.
        Assert.Equal(["1", "2", "3", "4", "5"], group.Children.Select(c => c.Ordinal));
        Assert.All(group.Children, c => Assert.True(c.ImmediateFix));
        Assert.False(n.Findings[1].Children[0].ImmediateFix);
        Assert.Equal(16_000m, group.Children[2].MoneyYuan); // "3.卫生清扫费等1.6万元以领款单列支,无正规发票。"
        // Item 5 states no amount in its problem; its measure does: "清退…工资、绩效、车补共计8294元".
        Assert.Equal(8_294m, group.Children[4].MoneyYuan);
        Assert.Null(group.Children[0].MoneyYuan);
    }

    /// <summary>"一是即知即改" among an item's measures says how the unit worked, not that the feedback handed the item over for immediate fix.</summary>
    [Fact]
    public void A_measure_saying_即知即改_is_not_an_immediate_fix_handover()
    {
        var n = Corpus.Parse("report_01.txt");
        var first = n.Findings[0].Children[0].Children[0];
        Assert.Contains(first.Measures, m => m.StartsWith("即知即改", StringComparison.Ordinal)); // "整改情况：一是即知即改。"
        Assert.False(first.ImmediateFix);
        Assert.False(Corpus.Parse("report_00.txt").Findings[0].Children[0].Children[0].ImmediateFix);
    }

    [Fact]
    public void An_item_whose_text_names_the_handover_is_an_immediate_fix()
    {
        var n = NoticeParser.Parse("""
            关于县委第一巡察组反馈意见整改情况的通报
            一、存在的问题
            （一）财务管理不规范
            1.公务接待无公函，巡察组已列入立行立改清单交办。整改情况：已完成整改。
            2.会议费超标准列支。整改情况：已完成整改。
            """);
        var items = n.Findings.SelectMany(f => f.Children).SelectMany(f => f.Children.Count > 0 ? f.Children : [f]).ToList();
        Assert.Equal(2, items.Count);
        Assert.True(items[0].ImmediateFix);
        Assert.False(items[1].ImmediateFix);
    }

    [Fact]
    public void A_threshold_is_not_money_involved()
    {
        // report_17 ②: "省广播电视监测中心2017年以来采购100万元以上设备10批…"
        var item = CorpusTests.Flatten(Corpus.Parse("report_17.txt").Findings).Single(f => f.Title.Contains("100万元以上设备", StringComparison.Ordinal));
        Assert.Null(item.MoneyYuan);
    }

    [Fact]
    public void Money_of_an_item_counts_each_measure_once()
    {
        // report_18 "违反中央八项规定精神依然存在": 退还…加班补贴40150元, 退回…稿酬35519.6元, 退回相关差旅费11155元.
        var item = CorpusTests.Flatten(Corpus.Parse("report_18.txt").Findings).Single(f => f.Title.Contains("违反中央八项规定精神", StringComparison.Ordinal));
        Assert.Equal(86_824.6m, item.MoneyYuan);
    }
}
