using Rectify.Web.Api;

namespace Rectify.Web.Pages.Findings;

/// <summary>
/// The inspections a recurrence (边改边犯) may point back to: the same unit's, on site before this one — what the API
/// accepts for <c>earlierFindingId</c> (anything else is a 400).
/// </summary>
internal static class EarlierInspections
{
    public static List<InspectionSummary> Of(IEnumerable<InspectionSummary> unitInspections, InspectionDetail current) =>
    [
        .. unitInspections
            .Where(i => i.UnitId == current.UnitId && i.Id != current.Id && string.CompareOrdinal(i.OnSiteStart, current.OnSiteStart) < 0)
            .OrderByDescending(i => i.OnSiteStart),
    ];

    /// <summary>"2019-04-01 市委第三巡察组 十二届市委第五轮": enough to tell a unit's inspections apart.</summary>
    public static string Label(InspectionSummary inspection) =>
        string.Join(" ", new[] { inspection.OnSiteStart, inspection.Team, inspection.Round }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>
    /// The label of each earlier finding this inspection's findings are linked to. The link holds only the finding's id,
    /// so the unit's earlier inspections are read, newest first, until every link is found; none are read without links.
    /// </summary>
    public static async Task<Dictionary<string, string>> LinksAsync(RectifyApiClient api, InspectionDetail current)
    {
        var wanted = FindingFields.Flatten(current.Findings).Select(n => n.Node.RecurrenceOfFindingId).OfType<string>().ToHashSet();
        var links = new Dictionary<string, string>();
        if (wanted.Count == 0)
        {
            return links;
        }

        foreach (var earlier in Of(await api.GetInspectionsAsync(current.UnitId), current))
        {
            var detail = await api.GetInspectionAsync(earlier.Id);
            foreach (var (node, _) in FindingFields.Flatten(detail.Findings).Where(n => wanted.Remove(n.Node.Id)))
            {
                links[node.Id] = $"{Label(earlier)} · {node.Ordinal} {FindingFields.Short(node.Title)}";
            }

            if (wanted.Count == 0)
            {
                break;
            }
        }

        return links;
    }
}
