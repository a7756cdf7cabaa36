namespace Rectify.Findings.Import.Tests;

/// <summary>Outcome figures (整改成效): talks, rules, money, accountability; pinned for corpus notices checked by hand.</summary>
public class OutcomeTests
{
    private static void Expect(OutcomeFigures o, int? talkPeople, int? talkBatches, int? made, int? revised, decimal? money, int? accountable) =>
        Assert.Equal((talkPeople, talkBatches, made, revised, money, accountable),
            (o.TalkPeople, o.TalkBatches, o.RulesMade, o.RulesRevised, o.MoneyYuan, o.AccountablePeople));

    [Fact]
    public void Notice_002() =>
        // "在巡察整改工作中,警示提醒约谈2人,工作提醒约谈2人,工作提示约谈2批次;新制定制度1项,修改完善制度1项。"
        Expect(Corpus.Parse("002_4f4fae3bed152b1a.txt").Outcomes, 4, 2, 1, 1, null, null);

    [Fact]
    public void Notice_003_money_from_lists_of_amounts() =>
        // "清退邓诗骥任副科不予认可的工资、绩效、车补共计8294元"; "二是清退行车安全奖1200元,纪检工作津贴5720元。三是清退科普志愿者服装费15150元"
        // = 30364; talks: "市科协党组书记、主席对2名班子成员进行提醒谈话". No summary figures: the items' mentions are summed.
        Expect(Corpus.Parse("003_8bbb7dd837b185f2.txt").Outcomes, 2, null, null, null, 30_364m, null);

    [Fact]
    public void Report_09_summary_wins_over_the_items() =>
        // Summary: "诫勉谈话11人，通过谈话提醒、批评教育等方式处理16人。共退出违规钱款65.15万元。已新建制度14项，修订完善制度9项，
        // 拟新建和修订完善制度5项。" The items repeat parts of it ("3名干部实施诫勉谈话"…): not added. 拟… is a plan, not an outcome.
        Expect(Corpus.Parse("report_09.txt").Outcomes, 27, null, 14, 9, 651_500m, null);

    [Fact]
    public void Report_12_accountability_and_rules() =>
        // "清退违规资金共计73643.5元…追责问责共计25人：给予党内警告处分1人，诫勉谈话2人，提醒谈话7人，批评教育11人…";
        // "整改期间，共修订完善制度7项，新制定制度29项". Item (四) repeats "年度共追责问责25人" and item text adds
        // "修订完善规章制度36项", "新增19项制度，修订6项制度": the summary figures stand.
        Expect(Corpus.Parse("report_12.txt").Outcomes, 20, null, 29, 7, 73_643.5m, 25);

    [Fact]
    public void Report_17_talks_accountability_and_money() =>
        // "原省广电局办公室4名同志已分别受到了诫勉谈话、批评教育的问责处理" (4 talked to, 4 held accountable);
        // 问题线索的处理意见: "其中对曾海东同志进行诫勉谈话，9人进行批评教育，对1人进行谈话提醒" (1 + 9 + 1);
        // money: "组织清退违规发放的2020年“开门红”1521元" + "采取以钱抵物方式追回67件、价值12004元".
        Expect(Corpus.Parse("report_17.txt").Outcomes, 15, null, null, null, 13_525m, 4);

    [Fact]
    public void Report_18() =>
        // "出台制度15项"; "对存在顽瘴痼疾问题的17名干警，院党组进行及时提醒谈话，对另外1名干警开展批评教育";
        // money: 退还…加班补贴40150元 + 退回…稿酬35519.6元 + 退回相关差旅费11155元 + 追回多支付的1.41万元
        //        + 退回伙食补贴40元 + 退回相应报销的差旅费共8980元.
        Expect(Corpus.Parse("report_18.txt").Outcomes, 18, null, 15, null, 109_944.6m, null);

    [Fact]
    public void Report_19_money_list_after_one_verb() =>
        // "已全部收回违规报销交通费10073元"; "已全部收回司机违规使用公车加油卡5057元、公车ETC卡788元"
        Expect(Corpus.Parse("report_19.txt").Outcomes, null, null, null, null, 15_918m, null);

    [Fact]
    public void Report_11() =>
        // "提醒谈话2人（次），批评教育44人（次）"; "6位同志全部退回违规差旅费，共2085元"
        Expect(Corpus.Parse("report_11.txt").Outcomes, 46, null, null, null, 2_085m, null);

    [Fact]
    public void Report_13_integrity_talks_are_not_admonishing_talks() =>
        // "局党组主要负责人与班子成员…开展廉政谈话提醒6人次": routine 廉政谈话, not counted.
        Assert.Null(Corpus.Parse("report_13.txt").Outcomes.TalkPeople);

    [Theory]
    [InlineData("清退违规补贴1200元、交通费800元，共计2000元。", 2000)]
    [InlineData("清退违规补贴1200元，退回交通费800元。", 2000)]
    [InlineData("追缴违规资金3.5万元。", 35000)]
    [InlineData("挽回经济损失12万元。", 120000)]
    [InlineData("项目总投资12万元。", null)]
    public void Money_forms(string text, int? yuan) => Assert.Equal(yuan, NoticeParser.ParseOutcomes(text).MoneyYuan);

    [Theory]
    [InlineData("党纪政务处分3人，问责2人。", 5)]
    [InlineData("给予2名干部党纪处分。", 2)]
    [InlineData("对10名人员启动追责程序。", null)] // a procedure started, nobody held accountable yet
    public void Accountability_forms(string text, int? people) => Assert.Equal(people, NoticeParser.ParseOutcomes(text).AccountablePeople);

    [Fact]
    public void Figures_of_the_summary_replace_those_of_the_items()
    {
        var o = NoticeParser.ParseOutcomes("共约谈5人，新制定制度3项。", "对2名干部进行约谈。新制定制度1项。修订制度2项。");
        Expect(o, 5, null, 3, 2, null, null); // revised is not in the summary: it comes from the items
    }

    [Fact]
    public void Planned_rules_are_not_counted() =>
        Expect(NoticeParser.ParseOutcomes("新制定制度4项，拟修订制度2项，计划新建制度3项。已将新建制度1项印发执行。"), null, null, 5, null, null, null);
}
