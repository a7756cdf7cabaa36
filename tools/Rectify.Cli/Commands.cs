using System.Net;

namespace Rectify.Cli;

/// <summary>The commands; exit code 0 on success, 1 when Rectify says no, 2 for a usage error.</summary>
public sealed class Commands(GatewayClient client, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct = default)
    {
        try
        {
            return args switch
            {
                ["status"] => await StatusAsync(ct),
                ["units", "list"] => await UnitsAsync(ct),
                _ => Usage(),
            };
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync($"rectify: {ex.Message}");
            return 1;
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"rectify: cannot reach Rectify: {ex.Message}");
            return 1;
        }
    }

    private async Task<int> StatusAsync(CancellationToken ct)
    {
        var (status, body) = await client.ReadinessAsync(ct);
        await output.WriteLineAsync(body.ToString());
        return status == HttpStatusCode.OK ? 0 : 1;
    }

    private async Task<int> UnitsAsync(CancellationToken ct)
    {
        foreach (var unit in await client.UnitsAsync(ct))
            await output.WriteLineAsync($"{unit.Id}\t{unit.Kind}\t{unit.ShortName}\t{unit.Name}");
        return 0;
    }

    private int Usage()
    {
        error.WriteLine("""
            usage: rectify-cli [--url URL] [--user NAME] [--password PASSWORD] <command>
              status        readiness of Rectify and of each service behind the gateway
              units list    the units you may see (id, kind, short name, name)
            URL defaults to RECTIFY_URL or http://localhost:8080; user and password to RECTIFY_USER / RECTIFY_PASSWORD.
            """);
        return 2;
    }
}
