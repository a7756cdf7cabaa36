using System.Globalization;
using System.Text.Json.Nodes;
using Rectify.Findings.Import;

namespace Rectify.Cli;

/// <summary>
/// import [--dry-run] [--json] [--unit ID] [--kind K] [--issuer I] [--team T] [--round R] [--type T]
/// [--on-site-start D] [--on-site-end D] [--feedback-on D] FILE...
/// A dry run reads the files locally and prints what would be imported. Otherwise each file goes to
/// Rectify through the gateway: a preview, then — when nothing is missing — the commit; the options
/// supply what a notice does not say. A file with something missing is not committed (exit 1).
/// </summary>
public sealed class ImportCommand(GatewayClient client, TextWriter output, TextWriter error)
{
    private static readonly string[] Flags = ["--dry-run", "--json"];

    private static readonly Dictionary<string, string> Valued = new()
    {
        ["--unit"] = "unitId", ["--kind"] = "kind", ["--issuer"] = "issuer", ["--team"] = "team", ["--round"] = "round", ["--type"] = "type",
        ["--on-site-start"] = "onSiteStart", ["--on-site-end"] = "onSiteEnd", ["--feedback-on"] = "feedbackOn",
    };

    public const string Usage = "import [--dry-run] [--json] [--unit ID] [--kind xunshi|xuncha] [--issuer 县委] [--team 县委第二巡察组] " +
        "[--round 十四届县委第十一轮] [--type 常规] [--on-site-start yyyy-MM-dd] [--on-site-end yyyy-MM-dd] [--feedback-on yyyy-MM-dd] FILE...";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var (flags, overrides, files, problem) = Parse(args);
        if (problem is not null || files.Count == 0)
        {
            await error.WriteLineAsync($"usage: rectify-cli {Usage}{(problem is null ? "" : $" ({problem})")}");
            return 2;
        }
        var json = flags.Contains("--json");
        var results = new JsonArray();
        var failed = 0;
        foreach (var file in files)
        {
            var item = flags.Contains("--dry-run") ? DryRun(file) : await ImportAsync(file, overrides, ct);
            if (item["error"] is { } message)
            {
                failed++;
                await error.WriteLineAsync($"rectify: {message}");
            }
            if (json) results.Add(item);
            else await output.WriteLineAsync(Summary(item));
        }
        if (json) await output.WriteLineAsync(results.ToJsonString(NoticeJson.WriteOptions));
        return failed == 0 ? 0 : 1;
    }

    private static JsonObject DryRun(string file)
    {
        try
        {
            return NoticeJson.ToJson(file, NoticeParser.Parse(NoticeReader.ReadFile(file).Text));
        }
        catch (Exception ex) when (ex is NoticeFormatException or IOException or UnauthorizedAccessException)
        {
            return NoticeJson.Error(file, ex.Message);
        }
    }

    private async Task<JsonObject> ImportAsync(string file, JsonObject overrides, CancellationToken ct)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return NoticeJson.Error(file, $"{file}: {ex.Message}");
        }
        var preview = await client.PreviewImportAsync(Path.GetFileName(file), content, ct);
        if (preview["error"] is not null)
            return Failure(file, preview["error"]!.ToString());
        var missing = preview["missing"]!.AsArray().Select(m => m!.GetValue<string>()).Where(m => !overrides.ContainsKey(m)).ToList();
        if (missing.Count > 0)
            return Failure(file, $"{file}: the notice does not say {string.Join(", ", missing)}; pass " +
                string.Join(" ", missing.Select(m => Valued.First(v => v.Value == m).Key)) + " (nothing was imported)");
        var committed = await client.CommitImportAsync(preview["id"]!.GetValue<Guid>(), overrides, ct);
        if (committed["error"] is not null)
            return Failure(file, $"{file}: {committed["error"]}");
        committed["source"] = file;
        committed["warnings"] = preview["notice"]!["warnings"]!.DeepClone();
        return committed;
    }

    private static JsonObject Failure(string file, string message) => NoticeJson.Error(file, message);

    private static (HashSet<string> Flags, JsonObject Overrides, List<string> Files, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var flags = new HashSet<string>();
        var overrides = new JsonObject();
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (Flags.Contains(arg)) flags.Add(arg);
            else if (Valued.TryGetValue(arg, out var field))
            {
                if (i + 1 >= args.Count) return (flags, overrides, files, $"{arg} needs a value");
                var value = args[++i];
                if (field.EndsWith("On", StringComparison.Ordinal) || field.StartsWith("onSite", StringComparison.Ordinal))
                {
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                        return (flags, overrides, files, $"{arg} takes a date as yyyy-MM-dd");
                }
                overrides[field] = value;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal)) return (flags, overrides, files, $"unknown option {arg}");
            else files.Add(arg);
        }
        return (flags, overrides, files, null);
    }

    private static string Summary(JsonObject item)
    {
        if (item["error"] is { } err) return $"{item["source"]}\terror: {err}";
        if (item["inspectionId"] is { } inspection)
            return $"{item["source"]}\timported: inspection {inspection}, {item["findings"]} findings, {item["tasks"]} tasks, " +
                $"{item["warnings"]!.AsArray().Count} warning(s)";
        var structure = string.Join("/", item["structure"]!.AsArray().Select(n => n!.ToString()));
        return $"{item["source"]}\t{item["title"]}\t{item["unit"]}\tstructure {structure}\t{item["warnings"]!.AsArray().Count} warning(s)";
    }
}
