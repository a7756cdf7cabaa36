using System.Globalization;
using Microsoft.Extensions.Localization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages.Reports;

/// <summary>Figure names as the API spells them (docs/reporting.md), their labels and definitions, and the drill-down links.</summary>
internal static class ReportLabels
{
    /// <summary>The figures a table shows, in order; each has a label "Figure_{name}" and a definition "FigureDef_{name}".</summary>
    public static readonly IReadOnlyList<string> TableFigures =
        ["total", "closed", "overdue", "in_progress", "not_started", "yellow", "slipped", "no_recent_progress"];

    /// <summary>Every figure the drill-down accepts, for the legend.</summary>
    public static readonly IReadOnlyList<string> AllFigures =
        ["total", "closed", "sustained", "in_progress", "not_started", "overdue", "red", "yellow", "green", "slipped", "no_recent_progress", "with_outcomes",
         "closed_on_time", "closed_late", "locked"];

    /// <summary>按期完成 / 逾期完成 and 到期锁定: shown with each scope's figures, after the table's.</summary>
    public static readonly IReadOnlyList<string> DeadlineFigures = ["closed_on_time", "closed_late", "locked"];

    public static readonly IReadOnlyList<string> Formats = ["docx", "pdf", "html", "md"];

    public static int Count(ReportFigures f, string figure) => figure switch
    {
        "total" => f.Total,
        "closed" => f.Closed,
        "sustained" => f.Sustained,
        "in_progress" => f.InProgress,
        "not_started" => f.NotStarted,
        "overdue" => f.Overdue,
        "red" => f.Red,
        "yellow" => f.Yellow,
        "green" => f.Green,
        "slipped" => f.Slipped,
        "no_recent_progress" => f.NoRecentProgress,
        "closed_on_time" => f.ClosedOnTime,
        "closed_late" => f.ClosedLate,
        "locked" => f.Locked,
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "Not a counted figure."),
    };

    public static bool IsFigure(string? figure) => figure is not null && AllFigures.Contains(figure);

    /// <summary>Closed ÷ total with one decimal; "—" when there is nothing to count (never 0 % or 100 %).</summary>
    public static string Rate(decimal? rate) => rate is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Money(decimal yuan) => yuan.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The drill-down page for a figure within a scope.</summary>
    public static string ItemsUrl(string figure, ReportScope scope) => Url("reports/items", [("figure", figure), .. scope.Query()]);

    public static string Url(string path, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}").ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }

    public static string FigureLabel(IStringLocalizer T, string figure) => T["Figure_" + figure];

    public static string NoticeStatus(IStringLocalizer T, string status) =>
        status is "draft" or "published" or "withdrawn" ? T["NoticeStatus_" + status] : status;

    /// <summary>The body of a rendered notice (its &lt;article&gt;), to show inside a page; the whole document when it has none.</summary>
    public static string Article(string html)
    {
        var start = html.IndexOf("<article>", StringComparison.Ordinal);
        var end = html.LastIndexOf("</article>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[(start + "<article>".Length)..end] : html;
    }
}

/// <summary>A jurisdiction's path as reporting filters by it: "/{id:N}/{id:N}/" from the root (the units service's Path).</summary>
internal static class JurisdictionPaths
{
    public static string Of(IReadOnlyDictionary<string, JurisdictionSummary> byId, string id)
    {
        var segments = new List<string>();
        var seen = new HashSet<string>();
        for (var current = id; current is not null && seen.Add(current) && byId.TryGetValue(current, out var j); current = j.ParentId)
        {
            segments.Insert(0, Guid.TryParse(j.Id, out var guid) ? guid.ToString("N") : j.Id);
        }

        return "/" + string.Concat(segments.Select(s => s + "/"));
    }
}

/// <summary>SVG &lt;text&gt; elements: Razor reserves the &lt;text&gt; tag, so charts write them as encoded markup.</summary>
internal static class Svg
{
    public static Microsoft.AspNetCore.Components.MarkupString Text(double x, double y, string cssClass, object? content) =>
        new(FormattableString.Invariant(
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" class=\"{cssClass}\">{System.Net.WebUtility.HtmlEncode(Convert.ToString(content, CultureInfo.InvariantCulture))}</text>"));
}
