using System.Net.Http.Json;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Units;

/// <summary>
/// A small directory: 福建省 → 福州市 → 台江区 and 福建省 → 厦门市, a unit in each city branch,
/// and accounts scoped to them, built through the API by an administrator.
/// </summary>
public sealed class ScopedDirectory : IAsyncDisposable
{
    public ServiceFactory<Rectify.Units.Program> Units { get; } = new();
    public HttpClient Admin { get; private set; } = null!;
    public Guid Province { get; private set; }
    public Guid Fuzhou { get; private set; }
    public Guid Taijiang { get; private set; }
    public Guid Xiamen { get; private set; }
    /// <summary>Unit A, in 台江区 under 福州市.</summary>
    public Guid UnitA { get; private set; }
    /// <summary>A unit directly in 福州市.</summary>
    public Guid UnitFuzhou { get; private set; }
    /// <summary>Unit B, in 厦门市.</summary>
    public Guid UnitB { get; private set; }
    public Guid DepartmentB { get; private set; }
    public Guid PersonB { get; private set; }
    public Guid CoordinatorBAccount { get; private set; }
    public HttpClient CoordinatorA { get; private set; } = null!;
    public HttpClient OfficeFuzhou { get; private set; } = null!;

    public async Task<ScopedDirectory> BuildAsync()
    {
        Admin = await Units.CreateClient().SignedInAsync();
        Province = await Admin.JurisdictionAsync("福建省", "province");
        Fuzhou = await Admin.JurisdictionAsync("福州市", "city", Province);
        Taijiang = await Admin.JurisdictionAsync("台江区", "county", Fuzhou);
        Xiamen = await Admin.JurisdictionAsync("厦门市", "city", Province);
        UnitA = await Admin.UnitAsync("中共福州市台江区司法局党组", Taijiang, "台江区司法局");
        UnitFuzhou = await Admin.UnitAsync("中共福州市科协党组", Fuzhou, "福州市科协");
        UnitB = await Admin.UnitAsync("中共厦门市水利局党组", Xiamen, "厦门市水利局");
        var department = await Admin.PostAsJsonAsync($"/api/units/{UnitB}/departments", new { name = "办公室" });
        DepartmentB = (await department.Content.ReadFromJsonAsync<DirectoryApi.Created>())!.Id;
        PersonB = await Admin.PersonAsync(UnitB, "张三", "科长");
        var coordinatorB = await Admin.PostAsJsonAsync("/api/units/accounts",
            new { userName = "coord-b", displayName = "coord-b", password = "Pass-word-123", grants = new[] { new { role = "unit_coordinator", unitId = (Guid?)UnitB } } });
        CoordinatorBAccount = (await coordinatorB.Content.ReadFromJsonAsync<DirectoryApi.Created>())!.Id;
        CoordinatorA = await Admin.AccountAsync(Units.CreateClient, "coord-a", new { role = "unit_coordinator", unitId = UnitA });
        OfficeFuzhou = await Admin.AccountAsync(Units.CreateClient, "office-fz", new { role = "inspection_office", jurisdictionId = Fuzhou });
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        Units.Dispose();
        await Task.CompletedTask;
    }
}
