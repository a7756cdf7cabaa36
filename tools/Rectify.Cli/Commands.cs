using System.Net;
using System.Text.Json.Nodes;
using Rectify.Findings.Import;

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
                ["import", ..] => await new ImportCommand(client, output, error).RunAsync([.. args.Skip(1)], ct),
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
              import [--dry-run] [--json] [--unit ID] [--round R] [--type T] [--kind K] [--issuer I] [--team T]
                     [--on-site-start D] [--on-site-end D] [--feedback-on D] FILE...
                            import notices (.txt UTF-8/GB18030, .docx) into Rectify; the options supply what a notice
                            does not say; --dry-run only reads them and prints what would be imported
            URL defaults to RECTIFY_URL or http://localhost:8080; user and password to RECTIFY_USER / RECTIFY_PASSWORD.
            """);
        return 2;
    }
}
