using System.Text.RegularExpressions;

namespace Rectify.ServiceDefaults.Text;

/// <summary>
/// A value as a public document may print it. A record may hold a stand-in where its source said nothing
/// ("通报未载明轮次", "不详", "无", "—"): the round and team are required when an inspection is registered, so
/// an import of a notice that does not state them fills something in. A notice or a file name (reporting's notice
/// and ledger, the tasks ledger) never prints such a stand-in; the sentence reads without the value instead.
/// </summary>
public static partial class StatedText
{
    /// <summary>The value trimmed, or "" when it is blank or only says that nothing was stated.</summary>
    public static string Of(string? value) => value is null || NotStated().IsMatch(value) ? "" : value.Trim();

    [GeneratedRegex(@"^\s*$|未载明|未注明|未写明|未说明|未明确|未提供|未填写?|不详|不明|未知|待定|待补|暂无|^\s*(?:无|空|略|[-—－–_/／\\、.。…?？*＊]+)\s*$")]
    private static partial Regex NotStated();
}
