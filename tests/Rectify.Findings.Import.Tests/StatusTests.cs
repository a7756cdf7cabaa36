namespace Rectify.Findings.Import.Tests;

public class StatusTests
{
    [Theory]
    [InlineData("已完成整改并长期坚持。", FindingStatus.CompletedSustained, "completed_sustained")]
    [InlineData("已完成", FindingStatus.Completed, "completed")]
    [InlineData("已整改到位", FindingStatus.Completed, "completed")]
    [InlineData("基本完成", FindingStatus.BasicallyCompleted, "in_progress")]
    [InlineData("持续整改", FindingStatus.Ongoing, "in_progress")]
    [InlineData("长期坚持", FindingStatus.Ongoing, "in_progress")]
    [InlineData("正在推进", FindingStatus.InProgress, "in_progress")]
    [InlineData("阶段性完成", FindingStatus.PartiallyCompleted, "in_progress")]
    [InlineData("未完成", FindingStatus.NotCompleted, "in_progress")]
    [InlineData("未启动", FindingStatus.NotStarted, "not_started")]
    public void Stated_statuses_map_to_task_states(string phrase, FindingStatus status, string taskState)
    {
        Assert.Equal(status, FindingStatusMapping.Parse(phrase).Status);
        Assert.Equal(taskState, status.ToTaskState());
    }

    [Fact]
    public void Nothing_stated_maps_to_nothing()
    {
        Assert.Equal(FindingStatus.Unknown, FindingStatusMapping.Parse("召开党组会议").Status);
        Assert.Null(FindingStatus.Unknown.ToTaskState());
    }

    [Fact]
    public void Every_status_has_a_json_name_and_every_known_one_a_task_state()
    {
        foreach (var s in Enum.GetValues<FindingStatus>().Where(s => s != FindingStatus.Unknown))
        {
            Assert.NotNull(s.ToJsonName());
            Assert.Contains(s.ToTaskState(), new[] { "completed", "completed_sustained", "in_progress", "not_started" });
        }
    }

    [Fact]
    public void Statuses_in_a_notice_come_from_its_labels()
    {
        var n = NoticeParser.Parse("""
            某局党组关于巡察整改进展情况的通报
            2021年06月01日
            根据市委统一部署，2020年10月9日至12月1日，市委第二巡察组对某局党组开展了专项巡察，并于1月5日反馈了巡察意见。
            一、整改工作组织情况
            成立领导小组。
            二、巡察反馈问题整改情况
            截至目前，巡察反馈的2个方面3个问题，已完成整改2个。
            （一）党的建设方面
            1.学习不深入。
            整改情况：一是召开会议；二是制定制度。
            完成状态：已完成
            2.制度执行不严。
            整改情况：正在推进
            （二）作风方面
            1.作风不实。
            整改结果：未完成
            三、下一步工作打算
            （一）持续推进。
            欢迎监督。联系电话：0571-12345678；电子邮箱：a@b.cn。
            """);
        Assert.Equal([2, 3], n.LevelCounts);
        Assert.Equal(new DateOnly(2021, 1, 5), n.Inspection.FeedbackOn);
        Assert.Equal("专项", n.Inspection.Type);
        var items = n.Findings.SelectMany(f => f.Children).ToList();
        Assert.Equal([FindingStatus.Completed, FindingStatus.InProgress, FindingStatus.NotCompleted], items.Select(i => i.Status));
        Assert.Equal(["召开会议", "制定制度"], items[0].Measures);
        Assert.Empty(n.Warnings);
        Assert.Equal(("0571-12345678", "a@b.cn"), (n.Contact?.Phone, n.Contact?.Email));
    }
}
