using Microsoft.EntityFrameworkCore;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;

namespace Rectify.Embedded;

/// <summary>
/// On first start, registers units taken from published notices so a newcomer sees a working system.
/// Goes through the same directory service as the API, so every service receives the events.
/// Turned off with <c>Demo:Enabled=false</c>.
/// </summary>
internal sealed class DemoData(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DemoData> logger) : IHostedService
{
    private static readonly (string Name, string ShortName, string Kind)[] Units =
    [
        ("中共南京市大数据管理局党组", "南京市大数据局", "党组"),
        ("中共西安市科协党组", "西安市科协", "党组"),
        ("中共赣州市水利局党组", "赣州市水利局", "党组"),
        ("中共福州市台江区司法局党组", "台江区司法局", "党组"),
        ("漳平市总医院党委", "漳平市总医院", "党委"),
        ("中共三门县投资促进中心党组", "三门县投促中心", "党组"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Enabled", true))
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UnitsDbContext>();
        if (await db.Units.AnyAsync(cancellationToken))
            return;
        var directory = scope.ServiceProvider.GetRequiredService<UnitDirectory>();
        foreach (var (name, shortName, kind) in Units)
            await directory.RegisterAsync(name, shortName, kind, "demo", cancellationToken);
        logger.LogInformation("Loaded demo data: {Count} units", Units.Length);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
