namespace Rectify.Findings.Import.Tests;

/// <summary>A feedback document (巡察反馈意见): problems, then the team's recommendations (意见建议).</summary>
public class FeedbackDocumentTests
{
    private const string Feedback = """
        市委第三巡察组关于对某县科技局党组巡察情况的反馈意见
        根据市委统一部署，2023年3月1日至5月30日，市委第三巡察组对某县科技局党组开展了十四届市委第二轮常规巡察，并于2023年7月10日反馈了巡察意见。
        一、巡察发现的主要问题
        （一）贯彻落实党的路线方针政策方面
        1.学习贯彻不深入。理论学习中心组学习流于形式。
        2.违规发放津贴补贴2.4万元。
        （二）全面从严治党方面
        1.公务用车管理不规范，巡察期间已立行立改。
        三、意见建议
        （一）提高政治站位，加强理论武装。把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务。
        （二）压实管党治党责任。
        1.党组书记履行第一责任人职责。
        （三）加强干部队伍建设，严格执行选人用人规定。
        中共某市委第三巡察组
        2023年7月10日
        """;

    [Fact]
    public void Recommendations_are_read_one_per_heading()
    {
        var n = NoticeParser.Parse(Feedback);
        Assert.Equal(
            [
                "提高政治站位，加强理论武装。把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务。",
                "压实管党治党责任。1.党组书记履行第一责任人职责。",
                "加强干部队伍建设，严格执行选人用人规定。",
            ], n.Recommendations);
        // The problems, not the recommendations, are the tree.
        Assert.Equal([2, 3], n.LevelCounts);
        Assert.Equal("十四届市委第二轮", n.Inspection.Round);
        Assert.Equal("常规", n.Inspection.Type);
        var items = n.Findings.SelectMany(f => f.Children).ToList();
        Assert.Equal(24_000m, items[1].MoneyYuan);
        Assert.Equal([false, false, true], items.Select(i => i.ImmediateFix));
        Assert.Equal("公务用车管理不规范，巡察期间已立行立改", items[2].Title);
    }

    [Fact]
    public void Recommendations_without_sub_headings_split_on_enumeration()
    {
        var n = NoticeParser.Parse("""
            市委第三巡察组关于对某局党组巡察情况的反馈意见
            根据市委统一部署，2023年3月1日至5月30日，市委第三巡察组对某局党组开展了巡察，并于2023年7月10日反馈了巡察意见。
            一、主要问题
            1.学习贯彻不深入。
            二、意见和建议
            一是加强理论学习；二是严肃财经纪律；三是抓好巡察整改。
            联系电话：0571-12345678
            """);
        Assert.Equal(["加强理论学习", "严肃财经纪律", "抓好巡察整改"], n.Recommendations);
    }

    [Theory]
    [MemberData(nameof(Corpus.All), MemberType = typeof(Corpus))]
    public void Progress_notices_have_no_recommendations(string file) => Assert.Empty(Corpus.Parse(file).Recommendations);
}
