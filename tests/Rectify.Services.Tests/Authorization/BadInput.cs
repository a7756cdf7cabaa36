using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Rectify.Services.Tests.Authorization;

/// <summary>
/// The bad-input sweep: every write endpoint that takes JSON gets malformed, empty, wrong-typed, oversized
/// and out-of-range bodies from an administrator. Each must answer 400/413/415 (a 400 naming the field the
/// variant broke), never a 5xx or a success, and write nothing.
/// </summary>
public static class BadInput
{
    private static readonly string[] Writes = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>A broken body: what it is, its content, and the field a 400 must name (null: any 400).</summary>
    public sealed record Variant(string What, Func<HttpContent> Content, string? Field, bool OnlyRefused = false);

    public static IEnumerable<Variant> Variants(Type type, JsonNode? plausible)
    {
        yield return new("malformed JSON", () => Matrix.Json("{\"a\": "), null);
        yield return new("an empty body", () => Matrix.Json(""), null);
        yield return new("an array for the object", () => Matrix.Json("[1, 2]"), null);
        yield return new("text/plain", () => new StringContent(plausible?.ToJsonString() ?? "{}", Encoding.UTF8, "text/plain"), null);
        if (plausible is not JsonObject)
            yield break;
        foreach (var (name, propertyType, property) in RequestBodies.Properties(type))
        {
            var inner = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
            yield return new($"{name} of the wrong type", () => With(plausible, name, WrongType(inner)), name);
            // One past the declared limit, or 100,001 characters where none is declared (no field here needs that many).
            var tooLong = (property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? property.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? 100_000) + 1;
            if (inner == typeof(string))
                yield return new($"{name} of {tooLong:N0} characters", () => With(plausible, name, new string('长', tooLong)), name);
            else if (RequestBodies.IsNumber(inner) && inner != typeof(double) && inner != typeof(float) && inner != typeof(decimal))
                yield return new($"{name} beyond its type's range", () => With(plausible, name, JsonValue.Create(1e40)), name);
            else if (inner == typeof(DateOnly) || inner == typeof(DateTimeOffset) || inner == typeof(DateTime))
            {
                // The edges of the calendar are real dates, so any 4xx will do; a 5xx (an overflow) will not.
                yield return new($"{name} on 9999-12-31", () => With(plausible, name, inner == typeof(DateOnly) ? "9999-12-31" : "9999-12-31T23:59:59+00:00"), null, OnlyRefused: true);
                yield return new($"{name} on 0001-01-01", () => With(plausible, name, inner == typeof(DateOnly) ? "0001-01-01" : "0001-01-01T00:00:00+00:00"), null, OnlyRefused: true);
            }
        }
    }

    private static JsonNode WrongType(Type type) =>
        type == typeof(string) ? new JsonObject { ["not"] = "text" }
        : RequestBodies.ElementType(type) is not null ? JsonValue.Create("not a list")
        : RequestBodies.IsObject(type) ? JsonValue.Create(12345)
        : JsonValue.Create("not a value");

    private static StringContent With(JsonNode plausible, string name, JsonNode? value)
    {
        var copy = plausible.DeepClone().AsObject();
        copy[name] = value;
        return Matrix.Json(copy);
    }

    public static async Task AssertRefusedAsync(MatrixWorld world, HttpClient admin)
    {
        var failures = new List<string>();
        var swept = 0;
        foreach (var (key, endpoint) in world.Endpoints())
        {
            if (!Writes.Contains(key[..key.IndexOf(' ')]) || !RequestBodies.TakesJson(endpoint))
                continue;
            var type = RequestBodies.RequestType(endpoint)!;
            var plausible = world.Bodies.TryGetValue(key, out var given) ? System.Text.Json.JsonSerializer.SerializeToNode(given) : RequestBodies.Plausible(type, world.BodyValues);
            swept++;
            foreach (var variant in Variants(type, plausible))
            {
                var before = await world.CountRowsAsync();
                using var response = await admin.SendAsync(Matrix.Request(world, key, endpoint, variant.Content()));
                var after = await world.CountRowsAsync();
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var refused = variant.OnlyRefused
                    ? status is >= 400 and < 500
                    : response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType;
                if (!refused)
                    failures.Add($"{key} with {variant.What}: {status} {Matrix.Trim(body)}");
                else if (status == 400 && variant.Field is { } field && !body.Contains($"\"{field}", StringComparison.OrdinalIgnoreCase)
                         && !body.Contains($"$.{field}", StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{key} with {variant.What}: the 400 does not name {field}: {Matrix.Trim(body)}");
                if (MatrixWorld.Difference(before, after) is { Length: > 0 } written)
                    failures.Add($"{key} with {variant.What} ({status}) wrote: {written}");
            }
        }
        Assert.True(swept > 0, "No write endpoint took JSON: the sweep found nothing to send.");
        Assert.True(failures.Count == 0, $"{failures.Count} bad inputs were not refused cleanly:\n" + string.Join("\n", failures));
    }
}
