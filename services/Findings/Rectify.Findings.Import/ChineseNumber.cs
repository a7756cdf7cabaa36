namespace Rectify.Findings.Import;

/// <summary>Numbers as notices write them (数字): "39", "三", "十五", "二十一", "两".</summary>
public static class ChineseNumber
{
    public const string Digits = "零一二三四五六七八九十百两0123456789";

    public static int? Parse(string? s)
    {
        if (string.IsNullOrEmpty(s)) return null;
        if (int.TryParse(s, out var n)) return n;
        int total = 0, current = 0;
        foreach (var c in s)
        {
            var d = "零一二三四五六七八九".IndexOf(c);
            if (c == '两') d = 2;
            if (d >= 0) { current = d; continue; }
            if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; continue; }
            if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; continue; }
            return null;
        }
        return total + current;
    }
}
