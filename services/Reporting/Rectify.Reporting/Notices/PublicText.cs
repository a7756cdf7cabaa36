using System.Text.RegularExpressions;

namespace Rectify.Reporting.Notices;

/// <summary>
/// Strips personal data from text a notice prints: phone numbers, e-mail addresses and ID numbers, and
/// the names of the unit's people known to reporting (directory and task assignees). Names written in
/// free text that no event ever named cannot be recognised: the coordinator's preview is the last check.
/// </summary>
public static partial class PublicText
{
    public const string Mask = "×××";

    [GeneratedRegex(@"(?<![\dA-Za-z])(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9}|\d{17}[\dXx])(?![\dA-Za-z])")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex EmailRegex();

    public static string Scrub(string text, IReadOnlyList<string> names)
    {
        var s = EmailRegex().Replace(text, Mask);
        s = NumberRegex().Replace(s, Mask);
        foreach (var name in names.OrderByDescending(n => n.Length))
            s = s.Replace(name, Mask, StringComparison.Ordinal);
        return s;
    }
}
