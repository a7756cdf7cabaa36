using Microsoft.EntityFrameworkCore;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;

namespace Rectify.Embedded;

/// <summary>
/// On first start, registers jurisdictions and units taken from published notices so a newcomer
/// sees a working system. Goes through the same directory services as the API, so every service
/// receives the events; then, in the background, imports each demo unit's published notice
/// (<see cref="DemoInspections"/>) and brings them to life (<see cref="DemoLife"/>). Turned off with <c>Demo:Enabled=false</c>.
/// </summary>
internal sealed class DemoData(
    IServiceScopeFactory scopes, IConfiguration configuration, DemoInspections inspections, DemoLife life, IHostApplicationLifetime lifetime, ILogger<DemoData> logger)
    : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _importing = Task.CompletedTask;

    private sealed record Place(string Province, string? City, string? County, string Committee, string Office);

    private static readonly (Place Place, string Name, string ShortName, string Kind)[] Units =
    [
        (new("江苏省", "南京市", null, "南京市委", "中共南京市委巡察工作领导小组办公室"), "中共南京市大数据管理局党组", "南京市大数据局", "党组"),
        (new("陕西省", "西安市", null, "西安市委", "中共西安市委巡察工作领导小组办公室"), "中共西安市科协党组", "西安市科协", "党组"),
        (new("江西省", "赣州市", null, "赣州市委", "中共赣州市委巡察工作领导小组办公室"), "中共赣州市水利局党组", "赣州市水利局", "党组"),
        (new("福建省", "福州市", "台江区", "台江区委", "中共福州市台江区委巡察工作领导小组办公室"), "中共福州市台江区司法局党组", "台江区司法局", "党组"),
        (new("福建省", "龙岩市", "漳平市", "漳平市委", "中共漳平市委巡察工作领导小组办公室"), "漳平市总医院党委", "漳平市总医院", "党委"),
        (new("浙江省", "台州市", "三门县", "三门县委", "中共三门县委巡察工作领导小组办公室"), "中共三门县投资促进中心党组", "三门县投促中心", "党组"),
    ];

    public static IEnumerable<string> UnitNames => Units.Select(u => u.Name);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Enabled", true))
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UnitsDbContext>();
        if (!await db.Units.AnyAsync(cancellationToken) && !await db.Jurisdictions.AnyAsync(cancellationToken))
            await RegisterUnitsAsync(scope.ServiceProvider, cancellationToken);
        // The notices need the units in the findings service, which the bus delivers after start-up.
        var demoUnits = Units.Select(u => u.Name).ToList();
        if (await db.Units.CountAsync(u => demoUnits.Contains(u.Name), cancellationToken) == Units.Length)
            _importing = Task.Run(() => ImportInspectionsAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task ImportInspectionsAsync(CancellationToken ct)
    {
        try
        {
            var imported = await inspections.ImportAsync(ct);
            // The living demo speaks HTTP to this host: it waits until the server listens.
            var started = new TaskCompletionSource();
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
                await started.Task.WaitAsync(ct);
            await life.RunAsync(new Uri(configuration[Rectify.Web.RectifyWebUi.GatewayBaseUrlKey]!), imported, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Demo data could not be completed");
        }
    }

    private async Task RegisterUnitsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var jurisdictions = services.GetRequiredService<JurisdictionDirectory>();
        var units = services.GetRequiredService<UnitDirectory>();
        var registered = new Dictionary<string, Jurisdiction>();

        async Task<Jurisdiction> PlaceAsync(Jurisdiction? parent, string name, string level, string committee, string office)
        {
            var key = $"{parent?.Id}/{name}";
            if (!registered.TryGetValue(key, out var jurisdiction))
                registered[key] = jurisdiction = await jurisdictions.RegisterAsync(
                    new JurisdictionInput(parent?.Id, name, level, committee, office), "demo", cancellationToken);
            return jurisdiction;
        }

        foreach (var (place, name, shortName, kind) in Units)
        {
            var province = await PlaceAsync(null, place.Province, JurisdictionLevels.Province, $"{place.Province[..^1]}省委", $"中共{place.Province[..^1]}省委巡视工作领导小组办公室");
            var city = await PlaceAsync(province, place.City!, JurisdictionLevels.City, place.County is null ? place.Committee : $"{place.City![..^1]}市委",
                place.County is null ? place.Office : $"中共{place.City}委巡察工作领导小组办公室");
            var home = place.County is null ? city : await PlaceAsync(city, place.County, JurisdictionLevels.County, place.Committee, place.Office);
            await units.RegisterAsync(new UnitInput(name, shortName, kind, home.Id, null, null, null), "demo", cancellationToken);
        }
        logger.LogInformation("Loaded demo data: {Jurisdictions} jurisdictions, {Units} units", registered.Count, Units.Length);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _importing.WaitAsync(cancellationToken);
    }
}
