using System.Reflection;
using System.Text.Json.Nodes;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Messaging;
using Rectify.ServiceDefaults.Messaging.Outbox;

namespace Rectify.Deployment.Tests;

/// <summary>
/// Decides whether an environment variable given to a Rectify container is one the code reads: a
/// key the source names, a property of a bound options class, a connection string named after the
/// container's own service, or a gateway route destination that appsettings.json declares.
/// </summary>
internal static class Configuration
{
    private static readonly Dictionary<string, Type> BoundSections = new()
    {
        ["Bus"] = typeof(BusOptions),
        ["Auth"] = typeof(AuthOptions),
        ["Outbox"] = typeof(OutboxOptions),
    };

    private static readonly JsonNode GatewaySettings = JsonNode.Parse(Repo.Read("gateway/Rectify.Gateway/appsettings.json"))!;

    /// <returns>null when the code reads it, else why not.</returns>
    public static string? Check(string variable, Part part)
    {
        if (variable.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || variable.StartsWith("DOTNET_", StringComparison.Ordinal))
            return null; // read by the framework itself
        var key = variable.Replace("__", ":", StringComparison.Ordinal);
        var path = key.Split(':');
        if (path[0] == "ConnectionStrings")
            return part.IsService && path.Length == 2 && path[1] == part.Name
                ? null
                : $"{part.Name} gets a connection string {path.ElementAtOrDefault(1)} that is not its own";
        if (path[0] == "ReverseProxy")
            return part == Repo.Gateway && Lookup(GatewaySettings, path) is not null
                ? null
                : $"{key} is not in gateway/Rectify.Gateway/appsettings.json";
        if (path.Length == 2 && BoundSections.TryGetValue(path[0], out var options))
            return options.GetProperty(path[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true }
                ? null
                : $"{options.Name} has no settable {path[1]}";
        return Repo.Source.Contains($"\"{key}\"", StringComparison.Ordinal)
            ? null
            : $"no code reads \"{key}\" ({variable})";
    }

    private static JsonNode? Lookup(JsonNode node, string[] path)
    {
        JsonNode? current = node;
        foreach (var segment in path)
            current = current is JsonObject o ? o.FirstOrDefault(kv => string.Equals(kv.Key, segment, StringComparison.OrdinalIgnoreCase)).Value : null;
        return current;
    }
}
