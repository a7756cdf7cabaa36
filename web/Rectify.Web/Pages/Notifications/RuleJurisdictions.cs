using Rectify.Web.Api;

namespace Rectify.Web.Pages.Notifications;

/// <summary>The jurisdiction tree as the reminder rules see it: by path, by name, and who may set a jurisdiction's rules.</summary>
internal sealed class RuleJurisdictions
{
    private readonly Dictionary<string, JurisdictionSummary> byId;
    private readonly Dictionary<string, string> idByPath;

    public RuleJurisdictions(IEnumerable<JurisdictionSummary> jurisdictions)
    {
        Tree = JurisdictionTree.Ordered(jurisdictions);
        byId = Tree.ToDictionary(j => j.Jurisdiction.Id, j => j.Jurisdiction);
        idByPath = Tree.ToDictionary(j => j.Jurisdiction.Path, j => j.Jurisdiction.Id);
    }

    public IReadOnlyList<(JurisdictionSummary Jurisdiction, int Depth)> Tree { get; }

    public bool Contains(string? id) => id is not null && byId.ContainsKey(id);

    public string Path(string id) => byId[id].Path;

    public string? IdOf(string path) => idByPath.GetValueOrDefault(path);

    /// <summary>"陕西省 / 西安市"; a path no known jurisdiction has is shown as it is.</summary>
    public string Name(string path) => IdOf(path) is { } id ? NameOf(id) : path;

    public string NameOf(string id) => Contains(id) ? JurisdictionTree.PathName(byId, id) : id;

    /// <summary>As the API decides: an administrator anywhere, an inspection office over its jurisdiction and those below it.</summary>
    public bool MayEdit(MyProfile? profile, string id) =>
        Contains(id) && profile?.Grants.Any(g => g.Role == Roles.Administrator || (g.Role == Roles.InspectionOffice && Covers(g, id))) == true;

    /// <summary>What a jurisdiction follows without rules of its own: the longest override above it, else the default (the first row).</summary>
    public static RulePolicy Inherited(IReadOnlyList<RulePolicy> policies, string path) =>
        policies.Where(p => p.JurisdictionPath is { } above && above != path && path.StartsWith(above, StringComparison.Ordinal))
            .MaxBy(p => p.JurisdictionPath!.Length) ?? policies[0];

    private bool Covers(RoleGrantSummary grant, string id) => grant.JurisdictionId is { } root
        ? Contains(root) && Path(id).StartsWith(Path(root), StringComparison.Ordinal)
        : grant.UnitId is null;
}
