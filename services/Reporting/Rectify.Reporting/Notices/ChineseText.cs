using System.Globalization;

namespace Rectify.Reporting.Notices;

/// <summary>Numbers and dates the way notices write them.</summary>
public static class ChineseText
{
    private const string Digits = "零一二三四五六七八九";

    public static string Numeral(int n) => n switch
    {
        < 0 => n.ToString(CultureInfo.InvariantCulture),
        < 10 => Digits[n].ToString(),
        < 20 => "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
        < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The number in an ordinal as written ("3", "三", "（三）", "3."); null when it has none.</summary>
    public static int? NumberIn(string ordinal)
    {
        var core = new string([.. ordinal.Where(c => char.IsAsciiDigit(c) || "零一二三四五六七八九十百两".Contains(c))]);
        if (core.Length == 0) return null;
        if (int.TryParse(core, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        int total = 0, current = 0;
        foreach (var c in core)
        {
            var d = c == '两' ? 2 : Digits.IndexOf(c);
            if (d >= 0) current = d;
            else if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; }
            else if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; }
        }
        return total + current;
    }

    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    public static string Money(decimal yuan) => yuan.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(decimal rate) => rate.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>"一是…；二是…。" for several measures, the measure itself for one.</summary>
    public static string Enumerate(IReadOnlyList<string> items)
    {
        var parts = items.Select(Clean).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) return "";
        if (parts.Count == 1) return parts[0] + "。";
        return string.Join("；", parts.Select((p, i) => Numeral(i + 1) + "是" + p)) + "。";
    }

    /// <summary>One line, without trailing punctuation: notices put a measure on one line.</summary>
    public static string Clean(string text) =>
        string.Join("", text.Split('\n', '\r').Select(l => l.Trim())).Trim().TrimEnd('。', '；', ';', '，', ',', '：', ':').Trim();
}
