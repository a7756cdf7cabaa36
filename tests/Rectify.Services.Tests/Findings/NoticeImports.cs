using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Findings;

/// <summary>Importing a corpus notice through the findings API: upload for a preview, then commit with what the notice does not say.</summary>
public static class NoticeImports
{
    public const string Imports = "/api/findings/imports";

    public sealed record Preview(Guid Id, string Status, JsonObject Notice, Guid? SuggestedUnitId, List<string> Missing);

    public static async Task<Preview> PreviewAsync(HttpClient client, string corpusFile)
    {
        var response = await client.PostAsync(Imports, Upload(corpusFile, await File.ReadAllBytesAsync(Corpus.PathOf(corpusFile))));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Preview>())!;
    }

    /// <summary>Previews and commits the file into the unit; the 201 of the commit.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string corpusFile, Guid unit)
    {
        var preview = await PreviewAsync(client, corpusFile);
        var commit = await client.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", WhatIsMissing(preview, unit));
        Assert.True(commit.StatusCode == HttpStatusCode.Created, $"{corpusFile}: {await commit.Content.ReadAsStringAsync()}");
        return commit;
    }

    public static MultipartFormDataContent Upload(string name, byte[] content) => new() { { new ByteArrayContent(content), "file", name } };

    /// <summary>Supplies only what the notice does not say, with dates consistent with those it does.</summary>
    public static Dictionary<string, object?> WhatIsMissing(Preview preview, Guid unit)
    {
        var read = preview.Notice["inspection"]!;
        DateOnly? Date(string field) => read[field] is { } d ? DateOnly.Parse(d.GetValue<string>()) : null;
        var start = Date("onSiteStart") ?? new DateOnly(2020, 1, 1);
        var end = Date("onSiteEnd") ?? start.AddDays(30);
        var known = new Dictionary<string, object?>
        {
            ["unitId"] = unit, ["kind"] = "xuncha", ["issuer"] = "市委", ["team"] = "市委第一巡察组", ["round"] = "第一轮",
            ["onSiteStart"] = start, ["onSiteEnd"] = end, ["feedbackOn"] = end.AddDays(10),
        };
        var body = preview.Missing.ToDictionary(field => field, field => known[field]);
        body["unitId"] = unit;
        return body;
    }
}
