using System.Security.Cryptography;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace Rectify.Containers.Tests.Infrastructure;

/// <summary>
/// docker-compose.yml with the PostgreSQL override, as Debian's docker-compose renders it (<c>config</c>:
/// anchors merged, variables filled in from a fresh .env of random passwords and the local images). The
/// container stack is started from this rendering, so it is wired exactly as the file a user runs.
/// </summary>
public sealed class ComposeFiles
{
    public static readonly string[] Files = ["docker-compose.yml", "docker-compose.postgres.yml"];

    private ComposeFiles(IReadOnlyDictionary<string, string> environment, JsonObject services)
    {
        Environment = environment;
        Services = services;
    }

    /// <summary>What .env holds: every password (random, letters and digits) and the images to use.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public JsonObject Services { get; }

    public string AdminPassword => Environment["RECTIFY_ADMIN_PASSWORD"];

    public static ComposeFiles Render()
    {
        var environment = new Dictionary<string, string>
        {
            ["RECTIFY_IMAGE_PREFIX"] = DockerEngine.PartImage("x").Split('/')[0],
            ["RECTIFY_VERSION"] = DockerEngine.PartImage("x").Split(':')[1],
            ["POSTGRES_IMAGE"] = DockerEngine.PostgresImage,
            ["RABBITMQ_IMAGE"] = DockerEngine.RabbitMqImage,
            ["RABBITMQ_USER"] = "rectify",
        };
        foreach (var name in new[] { "MSSQL_SA", "POSTGRES", "UNITS_DB", "FINDINGS_DB", "TASKS_DB", "NOTIFICATIONS_DB", "REPORTING_DB", "RABBITMQ", "RECTIFY_ADMIN" })
            environment[$"{name}_PASSWORD"] = "Rx" + Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();
        var config = DockerEngine.Run(DockerEngine.Compose, [.. Files.SelectMany(f => new[] { "-f", f }), "config"], TimeSpan.FromMinutes(1),
            environment, Repository.Root);
        Assert.True(config.Exit == 0, $"docker-compose config failed: {config}");
        var rendered = ToJson(new DeserializerBuilder().Build().Deserialize<object>(config.Output))!;
        return new ComposeFiles(environment, rendered["services"]!.AsObject());
    }

    public JsonNode Service(string name) =>
        Services[name] ?? throw new Xunit.Sdk.XunitException($"the compose files have no service {name}");

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        IDictionary<object, object> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key.ToString()!, ToJson(kv.Value)))),
        IList<object> list => new JsonArray([.. list.Select(ToJson)]),
        _ => JsonValue.Create(value.ToString()),
    };
}

public static class JsonNodes
{
    public static string Text(this JsonNode? node) => node?.GetValue<string>() ?? "";

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(this JsonNode? node) => node is JsonObject o ? o : [];

    public static IEnumerable<string> Strings(this JsonNode? node) =>
        node is JsonArray a ? a.Where(n => n is not null).Select(n => n!.GetValue<string>()) : [];
}
