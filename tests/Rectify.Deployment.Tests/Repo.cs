using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Rectify.Deployment.Tests;

/// <summary>The deployables, as docs/layout.md names them: the one table every check compares with.</summary>
public sealed record Part(string Name, string ProjectDir, int Port, bool IsService)
{
    public string Assembly => Path.GetFileName(ProjectDir);
    /// <summary>One Dockerfile for every part; the project is a build argument.</summary>
    public string Dockerfile => "Dockerfile";
    public string Image => $"rectify/{Name}";
}

internal static class Repo
{
    public static readonly Part[] Services =
    [
        new("units", "services/Units/Rectify.Units", 5101, true),
        new("findings", "services/Findings/Rectify.Findings", 5102, true),
        new("tasks", "services/Tasks/Rectify.Tasks", 5103, true),
        new("notifications", "services/Notifications/Rectify.Notifications", 5104, true),
        new("reporting", "services/Reporting/Rectify.Reporting", 5105, true),
    ];

    public static readonly Part Web = new("web", "web/Rectify.Web.Host", 5100, false);
    public static readonly Part Gateway = new("gateway", "gateway/Rectify.Gateway", 8080, false);
    public static readonly Part[] All = [.. Services, Web, Gateway];

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative)).ReplaceLineEndings("\n");

    /// <summary>Every YAML document in a file (multi-document aware), as JSON nodes; merge keys (&lt;&lt;) resolved.</summary>
    public static IReadOnlyList<JsonNode> YamlDocuments(string relative)
    {
        using var reader = new StringReader(Read(relative));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<JsonNode>();
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        while (parser.Accept<YamlDotNet.Core.Events.DocumentStart>(out _))
        {
            var value = deserializer.Deserialize(parser);
            if (ToJson(value) is { } node)
                documents.Add(node);
        }
        return documents;
    }

    public static JsonNode Yaml(string relative) => YamlDocuments(relative).Single();

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        IDictionary<object, object> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key.ToString()!, ToJson(kv.Value)))),
        IList<object> list => new JsonArray([.. list.Select(ToJson)]),
        _ => JsonValue.Create(value.ToString()),
    };

    public static string Text(this JsonNode? node) => node?.GetValue<string>() ?? "";

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(this JsonNode? node) =>
        node is JsonObject o ? o : [];

    public static IEnumerable<JsonNode> Items(this JsonNode? node) =>
        node is JsonArray a ? a.Where(n => n is not null).Cast<JsonNode>() : [];

    /// <summary>Files under a folder of the repository with one of the extensions.</summary>
    public static IEnumerable<string> Files(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(PathOf(folder), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/"))
            .Select(f => Path.GetRelativePath(Root, f))
            .Order(StringComparer.Ordinal);

    /// <summary>The C# source of the services, the gateway and the web UI: what the code reads.</summary>
    public static string Source { get; } = string.Join("\n",
        new[] { "services", "gateway", "web" }.SelectMany(f => Files(f, ".cs")).Select(Read));

    public static int PortOf(string url) => new Uri(url).Port;

    public static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    /// <summary>kubectl's built-in kustomize, when kubectl is installed; null otherwise.</summary>
    public static string? Kustomize(string overlay)
    {
        if (Which("kubectl") is not { } kubectl)
            return null;
        var start = new ProcessStartInfo(kubectl, ["kustomize", PathOf(overlay)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"kubectl kustomize {overlay} took over a minute");
        }
        Assert.True(process.ExitCode == 0, $"kubectl kustomize {overlay} failed: {error.Result}");
        return output.Result;
    }

    public static IReadOnlyList<JsonNode> YamlDocumentsOfText(string text)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            return YamlDocuments(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A compose variable; <c>$${X}</c> is an escaped dollar (the container's own variable), not one.</summary>
    public static readonly Regex Interpolation = new(@"(?<!\$)\$\{(?<name>[A-Z0-9_]+)(?<rest>[^}]*)\}", RegexOptions.Compiled);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Rectify.sln not found above the test folder.");
    }
}
