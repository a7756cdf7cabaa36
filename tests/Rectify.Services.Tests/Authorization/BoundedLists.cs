using System.Net;
using System.Text.Json.Nodes;

namespace Rectify.Services.Tests.Authorization;

/// <summary>
/// The list sweep: every GET that answers an administrator with a JSON array, or a page object with "items", is a list,
/// and every list is bounded (ListPage). take=0, take=501, take=x and skip=-1 are 400s naming the field; take=1 answers at
/// most one row; a plain array says its total in X-Total-Count and names the next page in a Link rel="next" header while
/// rows remain, and following those links reads every row once. A list that takes no bounds must be declared in the
/// service's matrix with the reason, so a new unbounded list cannot ship unnoticed.
/// </summary>
public static class BoundedLists
{
    private static readonly (string Query, string Field)[] Refused = [("take=0", "take"), ("take=501", "take"), ("take=x", "take"), ("skip=-1", "skip")];

    public static async Task AssertBoundedAsync(MatrixWorld world, HttpClient admin, IReadOnlyDictionary<string, string> unpaged)
    {
        var failures = new List<string>();
        var lists = 0;
        foreach (var (key, _) in world.Endpoints().Where(e => e.Key.StartsWith("GET ", StringComparison.Ordinal)))
        {
            var url = Url(world, key);
            using var plain = await admin.GetAsync(url);
            if (!plain.IsSuccessStatusCode || plain.Content.Headers.ContentType?.MediaType != "application/json"
                || Rows(JsonNode.Parse(await plain.Content.ReadAsStringAsync())) is not { } all)
                continue;
            if (unpaged.ContainsKey(key))
                continue;
            lists++;
            foreach (var (query, field) in Refused)
            {
                using var bad = await admin.GetAsync(With(url, query));
                var body = await bad.Content.ReadAsStringAsync();
                if (bad.StatusCode != HttpStatusCode.BadRequest || !body.Contains($"\"{field}\"", StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{key} with {query}: {(int)bad.StatusCode} {Matrix.Trim(body)}");
            }
            using var one = await admin.GetAsync(With(url, "take=1"));
            var first = Rows(JsonNode.Parse(await one.Content.ReadAsStringAsync()));
            if (!one.IsSuccessStatusCode || first is null || first.Count > 1)
                failures.Add($"{key} with take=1: {(int)one.StatusCode}, {first?.Count} rows");
            else if (JsonNode.Parse(await plain.Content.ReadAsStringAsync()) is JsonArray)
                await FollowLinksAsync(admin, key, With(url, "take=1"), all.Count, failures);
        }
        Assert.True(lists > 0, "No GET answered with a list: the sweep found nothing to check.");
        Assert.True(failures.Count == 0, $"{failures.Count} lists are not bounded as declared:\n" + string.Join("\n", failures));
    }

    /// <summary>One row a page: X-Total-Count on each, Link rel="next" until the last, and every row exactly once.</summary>
    private static async Task FollowLinksAsync(HttpClient admin, string key, string url, int total, List<string> failures)
    {
        var seen = new List<string>();
        for (string? next = url; next is not null && seen.Count <= total;)
        {
            using var page = await admin.GetAsync(next);
            var rows = Rows(JsonNode.Parse(await page.Content.ReadAsStringAsync())) ?? [];
            seen.AddRange(rows.Select(r => r!.ToJsonString()));
            if (!page.Headers.TryGetValues("X-Total-Count", out var counts) || counts.Single() != total.ToString())
                failures.Add($"{key}: X-Total-Count is {string.Join(",", counts ?? [])}, the list has {total}");
            next = NextPage.Of(page);
        }
        if (seen.Count != total || seen.Distinct().Count() != total)
            failures.Add($"{key}: following the next links read {seen.Count} rows ({seen.Distinct().Count()} distinct) of {total}");
    }

    private static JsonArray? Rows(JsonNode? body) => body switch
    {
        JsonArray array => array,
        JsonObject page when page["items"] is JsonArray items => items,
        _ => null,
    };

    private static string Url(MatrixWorld world, string key)
    {
        var template = key[(key.IndexOf(' ') + 1)..];
        return world.PathOf(template) + world.Queries.GetValueOrDefault(key, "");
    }

    private static string With(string url, string query) => url + (url.Contains('?') ? '&' : '?') + query;
}
