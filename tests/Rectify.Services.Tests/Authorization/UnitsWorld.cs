using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectify.Services.Tests.Units;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Authorization;

/// <summary>
/// The units service with <see cref="ScopedDirectory"/>'s tree: the victim is unit B in 厦门市, the attacker's
/// unit A in 台江区 under 福州市, and the sibling office is 福州市's.
/// </summary>
public sealed class UnitsWorld : MatrixWorld
{
    private readonly ScopedDirectory _dir = new();
    public override IServiceProvider Services => _dir.Units.Services;
    protected override string KeyDirectory => _dir.Units.DataDirectory;
    protected override HttpClient NewClient() => _dir.Units.CreateClient();
    protected override Type DbContextType => typeof(UnitsDbContext);
    public override string[] Prefixes => ["/api/units", "/api/auth"];
    protected override string SiblingOfficeGrant => $"inspection_office|j:/{_dir.Province:N}/{_dir.Fuzhou:N}/";

    public override async Task InitializeAsync()
    {
        await _dir.BuildAsync();
        AttackerUnit = _dir.UnitA;
        VictimUnit = _dir.UnitB;
        var account = await _dir.Admin.GetFromJsonAsync<JsonNode>($"/api/units/accounts/{_dir.CoordinatorBAccount}");
        RouteValues["id"] = _dir.UnitB.ToString();
        RouteValues["unitId"] = _dir.UnitB.ToString();
        RouteValues["grantId"] = account!["grants"]![0]!["id"]!.ToString();
        RouteOverrides[("/api/units/accounts", "id")] = _dir.CoordinatorBAccount.ToString();
        RouteOverrides[("/api/units/jurisdictions", "id")] = _dir.Xiamen.ToString();
        RouteOverrides[("/api/units/{unitId:guid}/departments", "id")] = _dir.DepartmentB.ToString();
        RouteOverrides[("/api/units/{unitId:guid}/people", "id")] = _dir.PersonB.ToString();
        Shared.Add(_dir.Xiamen.ToString());
        BodyValues["unitId"] = _dir.UnitB;
        BodyValues["jurisdictionId"] = _dir.Xiamen;
        BodyValues["parentId"] = _dir.Xiamen;
        BodyValues["personId"] = _dir.PersonB;
        BodyValues["departmentId"] = _dir.DepartmentB;
        BodyValues["role"] = "viewer";
        BodyValues["userName"] = "intruder";
        BodyValues["username"] = "coord-b";
        BodyValues["grants"] = new[] { new { role = "viewer", unitId = _dir.UnitB } };
        Secrets.Add("coord-b");
    }

    public override async Task DisposeAsync() => await _dir.DisposeAsync();
}
