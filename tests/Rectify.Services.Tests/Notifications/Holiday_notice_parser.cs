using Rectify.Notifications.Calendar;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The State Council's notice as pasted text, read into the days it sets.</summary>
public sealed class Holiday_notice_parser
{
    /// <summary>The 2026 notice (国办发明电〔2025〕7号) as published, whose days the built-in data holds.</summary>
    public const string Notice2026 = """
        国务院办公厅关于2026年部分节假日安排的通知

        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
        一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
        二、春节：2月15日（农历腊月二十八）至23日（农历正月初七）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        三、清明节：4月4日（周六）至6日（周一）放假，共3天。
        四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
        五、端午节：6月19日（周五）至21日（周日）放假，共3天。
        六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
        七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
        节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

        国务院办公厅
        2025年11月4日
        """;

    private static readonly int Year = DateTime.UtcNow.Year + 1;

    private static ParsedNotice Parse(string text, int? year = null) => Assert.IsType<ParsedNotice>(HolidayNoticeParser.Parse(year ?? Year, text));

    [Fact]
    public void The_2026_notice_gives_exactly_the_built_in_2026_days()
    {
        var parsed = Parse(Notice2026, 2026);

        var expected = HolidayResource.Load().Where(e => e.Year == 2026).Select(e => new NoticeDay(e.Date, e.IsWorkingDay, e.Name)).OrderBy(d => d.Date);
        Assert.Equal(expected, parsed.Days);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void A_range_across_months_and_make_up_days_separated_by_the_enumeration_comma()
    {
        var parsed = Parse($"六、国庆节、中秋节：9月30日至10月7日放假调休，共8天。9月27日（周日）、10月10日（周六）上班。");

        Assert.Equal(8, parsed.Days.Count(d => !d.IsWorkingDay));
        Assert.Equal(Enumerable.Range(0, 8).Select(n => new DateOnly(Year, 9, 30).AddDays(n)), parsed.Days.Where(d => !d.IsWorkingDay).Select(d => d.Date));
        Assert.All(parsed.Days.Where(d => !d.IsWorkingDay), d => Assert.Equal("国庆节、中秋节", d.Name));
        Assert.Equal([new NoticeDay(new DateOnly(Year, 9, 27), true, "国庆节、中秋节调休上班"), new NoticeDay(new DateOnly(Year, 10, 10), true, "国庆节、中秋节调休上班")],
            parsed.Days.Where(d => d.IsWorkingDay));
    }

    [Fact]
    public void A_single_day_and_items_run_together_on_one_line()
    {
        var parsed = Parse("一、元旦：1月1日（周五）放假，共1天。二、端午节：6月1日（周一）至3日（周三）放假，共3天。");

        Assert.Equal([new DateOnly(Year, 1, 1), new DateOnly(Year, 6, 1), new DateOnly(Year, 6, 2), new DateOnly(Year, 6, 3)], parsed.Days.Select(d => d.Date));
        Assert.Equal(["元旦", "端午节", "端午节", "端午节"], parsed.Days.Select(d => d.Name));
    }

    [Fact]
    public void A_new_year_beginning_in_december_is_kept_and_warned_about()
    {
        var parsed = Parse($"一、元旦：{Year - 1}年12月31日至{Year}年1月2日放假调休，共3天。", Year);

        Assert.Equal([new DateOnly(Year - 1, 12, 31), new DateOnly(Year, 1, 1), new DateOnly(Year, 1, 2)], parsed.Days.Select(d => d.Date));
        Assert.Contains(parsed.Warnings, w => w.Contains($"{Year - 1}-12-31") && w.Contains($"not in {Year}"));
    }

    [Fact]
    public void A_notice_for_another_year_is_read_in_its_own_year_with_a_warning()
    {
        var parsed = Parse(Notice2026, Year);

        Assert.Contains(parsed.Warnings, w => w.Contains("The notice is for 2026"));
        Assert.All(parsed.Days, d => Assert.Equal(2026, d.Date.Year));
    }

    [Fact]
    public void A_line_wrapped_inside_a_sentence_is_read_as_one_and_full_width_digits_as_digits()
    {
        var parsed = Parse("七、国庆节：１０月１日（周五）至\r\n  7日（周四）放假调休，共7天。\n9月26日（周日）、\n10月9日（周六）上班。");

        Assert.Equal(7, parsed.Days.Count(d => !d.IsWorkingDay));
        Assert.Equal([new DateOnly(Year, 9, 26), new DateOnly(Year, 10, 9)], parsed.Days.Where(d => d.IsWorkingDay).Select(d => d.Date));
    }

    [Theory]
    [InlineData("")]
    [InlineData("请各单位做好值班安排。")]
    [InlineData("一、元旦：另行通知。")]
    [InlineData("春节放假7天，2月30日上班")]
    public void Text_without_a_dated_item_is_nothing(string text) => Assert.Null(HolidayNoticeParser.Parse(Year, text));

    [Fact]
    public void An_impossible_date_is_warned_about_and_left_out()
    {
        var parsed = Parse("一、春节：2月30日放假。2月10日至12日放假，共3天。");

        Assert.Equal(3, parsed.Days.Count);
        Assert.Contains(parsed.Warnings, w => w.Contains("2月30日"));
    }
}
