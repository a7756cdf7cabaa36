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
                ["import", ..] => await ImportAsync(args.Skip(1).ToList()),
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

    /// <summary>
    /// import [--dry-run] [--json] FILE...: reads each notice with the findings importer. With --dry-run it prints the result
    /// (a JSON array, one object per file, with --json; a short summary otherwise); exit 1 when a file could not be read.
    /// Without --dry-run it refuses (exit 2): writing into a running Rectify needs the findings API, which is not there yet.
    /// </summary>
    private async Task<int> ImportAsync(IReadOnlyList<string> args)
    {
        var dryRun = args.Contains("--dry-run");
        var json = args.Contains("--json");
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a is not "--dry-run" and not "--json").ToList();
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (unknown.Count > 0 || files.Count == 0)
        {
            await error.WriteLineAsync($"usage: rectify-cli import --dry-run [--json] FILE...{(unknown.Count > 0 ? $" (unknown option {unknown[0]})" : "")}");
            return 2;
        }
        if (!dryRun)
        {
            await error.WriteLineAsync("rectify: import into a running Rectify arrives with the findings API; nothing was imported. Use --dry-run to see what would be imported.");
            return 2;
        }
        var results = new JsonArray();
        var failed = 0;
        foreach (var file in files)
        {
            JsonObject item;
            try
            {
                var text = NoticeReader.ReadFile(file);
                item = NoticeJson.ToJson(file, NoticeParser.Parse(text.Text));
            }
            catch (Exception ex) when (ex is NoticeFormatException or IOException or UnauthorizedAccessException)
            {
                failed++;
                item = NoticeJson.Error(file, ex.Message);
                await error.WriteLineAsync($"rectify: {ex.Message}");
            }
            if (json) results.Add(item);
            else await output.WriteLineAsync(Summary(item));
        }
        if (json) await output.WriteLineAsync(results.ToJsonString(NoticeJson.WriteOptions));
        return failed == 0 ? 0 : 1;
    }

    private static string Summary(JsonObject item)
    {
        if (item["error"] is { } err) return $"{item["source"]}\terror: {err}";
        var structure = string.Join("/", item["structure"]!.AsArray().Select(n => n!.ToString()));
        return $"{item["source"]}\t{item["title"]}\t{item["unit"]}\tstructure {structure}\t{item["warnings"]!.AsArray().Count} warning(s)";
    }

    private int Usage()
    {
        error.WriteLine("""
            usage: rectify-cli [--url URL] [--user NAME] [--password PASSWORD] <command>
              status        readiness of Rectify and of each service behind the gateway
              units list    the units you may see (id, kind, short name, name)
              import --dry-run [--json] FILE...
                            read notices (.txt UTF-8/GB18030, .docx) and print what would be imported
            URL defaults to RECTIFY_URL or http://localhost:8080; user and password to RECTIFY_USER / RECTIFY_PASSWORD.
            """);
        return 2;
    }
}
