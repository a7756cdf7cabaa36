using System.Text.Json;
using Rectify.Cli;

namespace Rectify.Findings.Import.Tests;

public class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var options = CliOptions.Parse([], _ => null);
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9") };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new Commands(new GatewayClient(http, options), output, error).RunAsync(args);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Dry_run_json_prints_one_object_per_file_with_the_agreed_fields()
    {
        var (code, stdout, _) = await Run("import", "--dry-run", "--json", Corpus.PathOf("report_00.txt"), Corpus.PathOf("000_0308528fac846c46.txt"));
        Assert.Equal(0, code);
        Assert.Contains("司法厅党委", stdout); // Chinese is not escaped
        using var doc = JsonDocument.Parse(stdout);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        foreach (var item in items)
        {
            foreach (var name in new[] { "source", "title", "publishedOn", "unit", "inspection", "stated", "findings", "warnings" })
                Assert.True(item.TryGetProperty(name, out _), name);
            foreach (var name in new[] { "recommendations", "outcomes", "structure" })
                Assert.True(item.TryGetProperty(name, out _), name);
            foreach (var name in new[] { "talkPeople", "talkBatches", "rulesMade", "rulesRevised", "moneyYuan", "accountablePeople" })
                Assert.True(item.GetProperty("outcomes").TryGetProperty(name, out _), name);
            foreach (var name in new[] { "kind", "issuer", "team", "type", "onSiteStart", "onSiteEnd", "feedbackOn", "round" })
                Assert.True(item.GetProperty("inspection").TryGetProperty(name, out _), name);
            foreach (var name in new[] { "aspects", "problems", "issues", "completed" })
                Assert.True(item.GetProperty("stated").TryGetProperty(name, out _), name);
            var finding = item.GetProperty("findings")[0];
            foreach (var name in new[] { "ordinal", "title", "status", "measures", "children", "immediateFix", "moneyYuan" })
                Assert.True(finding.TryGetProperty(name, out _), name);
        }
        Assert.Equal("2021-07-05", items[0].GetProperty("publishedOn").GetString());
        Assert.Equal("xunshi", items[0].GetProperty("inspection").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("stated").GetProperty("aspects").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("publishedOn").ValueKind);
        Assert.Equal("2022-03-01", items[1].GetProperty("inspection").GetProperty("onSiteStart").GetString());
        Assert.Equal(39, items[1].GetProperty("stated").GetProperty("issues").GetInt32());
        Assert.Equal("九届区党委第九轮", items[0].GetProperty("inspection").GetProperty("round").GetString());
        Assert.Equal("十三届市委第一轮", items[1].GetProperty("inspection").GetProperty("round").GetString());
        var first = items[0].GetProperty("findings")[0];
        Assert.Equal("一", first.GetProperty("ordinal").GetString());
        Assert.Equal("（1）", first.GetProperty("children")[0].GetProperty("children")[0].GetProperty("ordinal").GetString());
        Assert.Equal(JsonValueKind.False, first.GetProperty("immediateFix").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("moneyYuan").ValueKind);
        Assert.Equal(0, items[0].GetProperty("recommendations").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_file_gives_an_error_object_and_exit_1_after_the_others()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var (code, stdout, stderr) = await Run("import", "--dry-run", "--json", empty, Corpus.PathOf("report_05.txt"));
            Assert.Equal(1, code);
            using var doc = JsonDocument.Parse(stdout);
            var items = doc.RootElement.EnumerateArray().ToList();
            Assert.Equal(2, items.Count);
            Assert.Contains("empty", items[0].GetProperty("error").GetString());
            Assert.False(items[1].TryGetProperty("error", out _));
            Assert.Contains("empty", stderr);
        }
        finally { File.Delete(empty); }
    }

    /// <summary>Without --dry-run the file goes to Rectify, which needs a password first (the import itself is tested end to end).</summary>
    [Fact]
    public async Task Without_dry_run_it_signs_in_first_and_says_so_when_it_cannot()
    {
        var (code, stdout, stderr) = await Run("import", Corpus.PathOf("report_05.txt"));
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("password", stderr);
    }

    [Fact]
    public async Task An_unknown_import_option_is_a_usage_error()
    {
        var (code, _, stderr) = await Run("import", "--frobnicate", Corpus.PathOf("report_05.txt"));
        Assert.Equal(2, code);
        Assert.Contains("unknown option --frobnicate", stderr);
    }
}
