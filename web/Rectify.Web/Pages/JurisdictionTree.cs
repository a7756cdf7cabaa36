using Rectify.Web.Api;

namespace Rectify.Web.Pages;

/// <summary>Puts the flat jurisdiction list (辖区) in tree order with each one's depth, for indented lists and selects.</summary>
public static class JurisdictionTree
{
    public static IReadOnlyList<(JurisdictionSummary Jurisdiction, int Depth)> Ordered(IEnumerable<JurisdictionSummary> jurisdictions)
    {
        var all = jurisdictions.ToList();
        var ids = all.Select(j => j.Id).ToHashSet();
        var children = all.ToLookup(j => j.ParentId is { } parent && ids.Contains(parent) ? parent : null);
        var ordered = new List<(JurisdictionSummary, int)>();

        void Visit(string? parent, int depth)
        {
            foreach (var child in children[parent])
            {
                ordered.Add((child, depth));
                Visit(child.Id, depth + 1);
            }
        }

        Visit(null, 0);
        return ordered;
    }

    /// <summary>A select option's text: ideographic spaces keep their width inside &lt;option&gt;, where ordinary spaces collapse.</summary>
    public static string Indented(JurisdictionSummary jurisdiction, int depth) =>
        new string('\u3000', depth * 2) + jurisdiction.Name;

    /// <summary>"陕西省 / 西安市": a jurisdiction's name with its ancestors.</summary>
    public static string PathName(IReadOnlyDictionary<string, JurisdictionSummary> byId, string? id)
    {
        var names = new List<string>();
        var seen = new HashSet<string>();
        while (id is not null && seen.Add(id) && byId.TryGetValue(id, out var jurisdiction))
        {
            names.Insert(0, jurisdiction.Name);
            id = jurisdiction.ParentId;
        }

        return string.Join(" / ", names);
    }
}
