using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;

namespace Rectify.Services.Tests.Authorization;

/// <summary>
/// Runs the authorization matrix: every declared endpoint against every <see cref="Caller"/>, comparing
/// the status with the declaration and the database's row counts before and after each refused call.
/// A declaration is "METHOD template" → five statuses in <see cref="Caller"/> order, e.g. "401 403 404 404 404";
/// a status marked "*" (e.g. "204*") is a success that writes the caller's own rows (their preferences), so rows may change.
/// A success must not carry the victim's ids (lists are filtered, not refused), except on /public routes.
/// </summary>
public static class Matrix
{
    public static readonly Caller[] Callers = Enum.GetValues<Caller>();

    /// <summary>Endpoints mapped but not declared, and declarations naming no endpoint.</summary>
    public static void AssertEveryEndpointDeclared(MatrixWorld world, IReadOnlyDictionary<string, string> declared)
    {
        var mapped = world.Endpoints().Select(e => e.Key).ToHashSet();
        var missing = mapped.Where(k => !declared.ContainsKey(k)).ToList();
        var stale = declared.Keys.Where(k => !mapped.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"Declare these endpoints' outcomes in {world.GetType().Name}'s matrix:\n" + string.Join("\n", missing.Select(k => $"[\"{k}\"] = \"\",")));
        Assert.True(stale.Count == 0, "These declarations name no mapped endpoint: " + string.Join(", ", stale));
    }

    public static async Task AssertOutcomesAsync(MatrixWorld world, IReadOnlyDictionary<string, string> declared)
    {
        var failures = new List<string>();
        var observed = new List<string>();
        foreach (var (key, endpoint) in world.Endpoints())
        {
            // An undeclared endpoint is still run, so the failure shows what it answers (the coverage test names it too).
            var declaration = declared.GetValueOrDefault(key) ?? string.Join(' ', Callers.Select(_ => "0"));
            var statuses = declaration.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expected = statuses.Select(s => int.Parse(s.TrimEnd('*'))).ToArray();
            Assert.True(expected.Length == Callers.Length, $"{key}: declare {Callers.Length} statuses, one per caller");
            var actual = new int[Callers.Length];
            for (var i = 0; i < Callers.Length; i++)
            {
                var before = await world.CountRowsAsync();
                using var response = await world.As(Callers[i]).SendAsync(Request(world, key, endpoint, broken: null));
                var after = await world.CountRowsAsync();
                actual[i] = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                if (actual[i] != expected[i])
                    failures.Add($"{key} as {Callers[i]}: expected {expected[i]}, got {actual[i]} {Trim(text)}");
                if (response.IsSuccessStatusCode && !key.Contains(" /public", StringComparison.Ordinal)
                    && world.Hidden(world.Queries.GetValueOrDefault(key, "")).FirstOrDefault(h => text.Contains(h, StringComparison.OrdinalIgnoreCase)) is { } leaked)
                    failures.Add($"{key} as {Callers[i]} ({actual[i]}) sent back the victim's {leaked}: {Trim(text)}");
                if (!statuses[i].EndsWith('*') && MatrixWorld.Difference(before, after) is { Length: > 0 } written)
                    failures.Add($"{key} as {Callers[i]} ({actual[i]}) wrote: {written}");
            }
            observed.Add($"[\"{key}\"] = \"{string.Join(' ', actual)}\",");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\nObserved:\n" + string.Join("\n", observed));
    }

    /// <summary>The request for one endpoint: its path filled with the victim's ids, a plausible body, or <paramref name="broken"/> instead.</summary>
    public static HttpRequestMessage Request(MatrixWorld world, string key, RouteEndpoint endpoint, HttpContent? broken)
    {
        var method = key[..key.IndexOf(' ')];
        var template = key[(key.IndexOf(' ') + 1)..];
        var request = new HttpRequestMessage(new HttpMethod(method), world.PathOf(template) + world.Queries.GetValueOrDefault(key, ""));
        if (broken is not null)
            request.Content = broken;
        else if (world.Bodies.TryGetValue(key, out var body))
            request.Content = body as HttpContent ?? Json(System.Text.Json.JsonSerializer.SerializeToNode(body));
        else if (RequestBodies.TakesJson(endpoint))
            request.Content = Json(RequestBodies.Plausible(RequestBodies.RequestType(endpoint)!, world.BodyValues));
        else if (RequestBodies.TakesForm(endpoint))
            request.Content = Form();
        return request;
    }

    public static StringContent Json(JsonNode? node) => Json(node?.ToJsonString() ?? "null");

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>A small file in field "file", as the upload forms send.</summary>
    public static MultipartFormDataContent Form()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("matrix"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "matrix.xlsx");
        return form;
    }

    public static string Trim(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
