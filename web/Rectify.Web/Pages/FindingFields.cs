using System.Globalization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages;

/// <summary>How the finding forms read and show tags and money, and walks over the tree.</summary>
internal static class FindingFields
{
    // Chinese users separate with 、 or full-width commas as often as with ASCII ones.
    private static readonly char[] TagSeparators = [',', '，', '、', ';', '；'];

    public static List<string> Tags(string? text) =>
        [.. (text ?? "").Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    public static string TagText(IReadOnlyList<string>? tags) => string.Join("、", tags ?? []);

    /// <summary>Money in 元 as typed ("12,000.50" accepted); false when it is not a non-negative number.</summary>
    public static bool TryMoney(string? text, out decimal? money)
    {
        money = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            money = value;
            return true;
        }

        return false;
    }

    public static string MoneyText(decimal? money) => money?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Every node, parents before children, with its depth from 0.</summary>
    public static IEnumerable<(FindingNode Node, int Depth)> Flatten(IEnumerable<FindingNode> nodes, int depth = 0)
    {
        foreach (var node in nodes)
        {
            yield return (node, depth);
            foreach (var child in Flatten(node.Children ?? [], depth + 1))
            {
                yield return child;
            }
        }
    }

    /// <summary>Nodes per depth, e.g. [4, 15, 39], the shape notices state as totals.</summary>
    public static List<int> Shape<T>(IEnumerable<T> roots, Func<T, IEnumerable<T>?> children)
    {
        var counts = new List<int>();
        var level = roots.ToList();
        while (level.Count > 0)
        {
            counts.Add(level.Count);
            level = [.. level.SelectMany(n => children(n) ?? [])];
        }

        return counts;
    }

    /// <summary>A long title cut for a select option.</summary>
    public static string Short(string title, int length = 40) => title.Length <= length ? title : title[..length] + "…";
}
