using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

/// <summary>Removes the noise of scraped notices (通报): ad lines (【更多公文素材…】), ##paidbegin## markers, stray spaces, full-width digits.</summary>
public static partial class NoticeCleaner
{
    [GeneratedRegex(@"【[^】\n]{0,40}?(?:公文|素材|微信|dadawk|关注)[^】\n]{0,40}(?:】|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AdRegex();

    [GeneratedRegex(@"##paid(?:begin|end)##", RegexOptions.IgnoreCase)]
    private static partial Regex PaidRegex();

    /// <summary>The non-empty lines of the text, cleaned.</summary>
    public static List<string> CleanLines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = CleanLine(raw);
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }

    public static string CleanLine(string raw)
    {
        var line = PaidRegex().Replace(raw, "");
        line = AdRegex().Replace(line, "");
        var sb = new StringBuilder(line.Length);
        foreach (var ch in line)
        {
            var c = ch switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)('0' + (ch - '\uFF10')),
                '\u3000' or '\u00A0' or '\t' or '\u2002' or '\u2003' => ' ',
                '\uFEFF' or '\u200B' => '\0',
                _ => ch,
            };
            if (c != '\0') sb.Append(c);
        }
        // Drop spaces next to a non-ASCII character: "3月9 日", "1. 关于", "微信 ：".
        var s = sb.ToString();
        var outSb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == ' ')
            {
                var j = i;
                while (j < s.Length && s[j] == ' ') j++;
                var prev = outSb.Length > 0 ? outSb[^1] : ' ';
                var next = j < s.Length ? s[j] : ' ';
                var keep = prev < 0x80 && next < 0x80 && outSb.Length > 0 && j < s.Length && !(char.IsDigit(prev) && next == '.') && prev != '.';
                if (keep) outSb.Append(' ');
                i = j - 1;
                continue;
            }
            outSb.Append(s[i]);
        }
        return outSb.ToString().Trim();
    }
}
