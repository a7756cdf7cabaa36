using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.Findings.Import;
using Rectify.Services.Tests.Support;
using static Rectify.Services.Tests.Findings.NoticeImports;

namespace Rectify.Services.Tests.Findings;

public sealed class Importing_notices : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task A_preview_writes_nothing_and_the_commit_creates_the_inspection_tree_and_imported_progress()
    {
        var unit = await _host.UnitAsync("吉水县交通运输局党委", "/p/ja/js/");
        var office = _host.As("inspection_office|j:/p/ja/");

        var preview = await PreviewAsync(office, "report_04.txt");

        Assert.Equal(unit, preview.SuggestedUnitId);
        Assert.Equal(["round"], preview.Missing);
        Assert.Equal("县委第二巡察组", preview.Notice["inspection"]!["team"]!.GetValue<string>());
        Assert.Equal(0, await _host.Db(db => db.Inspections.CountAsync()));

        var commit = await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", new { round = "十四届县委第十一轮" });

        Assert.Equal(HttpStatusCode.Created, commit.StatusCode);
        var result = (await commit.Content.ReadFromJsonAsync<Result>())!;
        Assert.Equal((5 + 18, 18), (result.Findings, result.Tasks));
        var inspection = (await office.GetFromJsonAsync<Inspection>(commit.Headers.Location))!;
        Assert.Equal(("xuncha", "县委", "县委第二巡察组", "常规", "rectifying"),
            (inspection.Kind, inspection.Issuer, inspection.Team, inspection.Type, inspection.Status));
        Assert.Equal((new DateOnly(2020, 10, 10), new DateOnly(2020, 12, 20), new DateOnly(2021, 1, 19)),
            (inspection.OnSiteStart, inspection.OnSiteEnd, inspection.FeedbackOn));
        Assert.Equal([5, 18], Shape(inspection.Findings));
        Assert.Equal(["（一）", "（二）", "（三）", "（四）", "(五)"], inspection.Findings.Select(f => f.Ordinal)); // as written, half-width (五) too
        Assert.Equal(["1", "2"], inspection.Findings[0].Children.Select(f => f.Ordinal));
        var progress = await _host.PublishedAsync<FindingProgressImported>(p => p.Count == 18);
        Assert.All(progress, p => Assert.Equal(new DateOnly(2021, 6, 17), p.ReportedOn));
        Assert.All(progress, p => Assert.NotEmpty(p.Measures));
        // Item 4 says "采取了3项措施，其中，已完成并长期坚持2项": under way; the other 17 are done.
        Assert.Equal(17, progress.Count(p => p.StatedState is "completed" or "completed_sustained"));
        Assert.Equal("in_progress", Assert.Single(progress, p => p.StatedState == "in_progress").StatedState);
        var leaves = inspection.Findings.SelectMany(f => f.Children).Select(f => f.Id).ToHashSet();
        Assert.True(leaves.SetEquals(progress.Select(p => p.FindingId)));
        Assert.Single(await _host.PublishedAsync<RectificationStarted>(p => p.Count > 0));
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", new { round = "十四届县委第十一轮" })).StatusCode);
        Assert.Equal("committed", (await office.GetFromJsonAsync<Preview>($"{Imports}/{preview.Id}"))!.Status);
    }

    [Fact]
    public async Task A_commit_missing_a_field_is_a_400_naming_it_and_writes_nothing()
    {
        await _host.UnitAsync("吉水县交通运输局党委", "/p/ja/js/");
        var office = _host.As("inspection_office|j:/p/ja/");
        var preview = await PreviewAsync(office, "report_04.txt");

        var missingRound = await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", new { });
        var badType = await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", new { round = "十四届县委第十一轮", type = "突击" });
        var foreignUnit = await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit",
            new { round = "十四届县委第十一轮", unitId = await _host.UnitAsync("别处的单位", "/p/fz/x/") });

        Assert.Equal(["round"], Fields(await missingRound.Content.ReadFromJsonAsync<HttpValidationProblemDetails>()));
        Assert.Equal(["type"], Fields(await badType.Content.ReadFromJsonAsync<HttpValidationProblemDetails>()));
        Assert.Equal(["unitId"], Fields(await foreignUnit.Content.ReadFromJsonAsync<HttpValidationProblemDetails>()));
        Assert.Equal(0, await _host.Db(db => db.Inspections.CountAsync()));
        Assert.Equal(0, await _host.Db(db => db.Findings.CountAsync()));
        Assert.Equal("preview", (await office.GetFromJsonAsync<Preview>($"{Imports}/{preview.Id}"))!.Status);
    }

    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "empty.txt", [] },
        { "picture.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'] },
        { "program.bin", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0] },
        { "huge.txt", Encoding.UTF8.GetBytes(new string('巡', 2 * 1024 * 1024)) },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_notice_is_a_400_naming_file_and_nothing_is_stored(string name, byte[] content)
    {
        var office = _host.As(FindingsHost.FuzhouOffice);

        var response = await office.PostAsync(Imports, Upload(name, content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        Assert.Equal(["file"], problem.Errors.Keys);
        Assert.Contains(name, problem.Errors["file"][0]);
        Assert.Equal(0, await _host.Db(db => db.Imports.CountAsync()));
    }

    [Fact]
    public async Task Pasted_text_and_GBK_files_are_read_like_UTF8_files()
    {
        var office = _host.As(FindingsHost.FuzhouOffice);
        var text = await File.ReadAllTextAsync(Corpus.PathOf("report_13.txt"));
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(text);

        var pasted = await office.PostAsJsonAsync(Imports, new { text });
        var uploaded = await office.PostAsync(Imports, Upload("report_13-gbk.txt", gbk));

        Assert.Equal(HttpStatusCode.Created, pasted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var a = (await pasted.Content.ReadFromJsonAsync<Preview>())!.Notice;
        var b = (await uploaded.Content.ReadFromJsonAsync<Preview>())!.Notice;
        Assert.Equal("pasted.txt", a["source"]!.GetValue<string>());
        Assert.Equal(a["findings"]!.ToJsonString(), b["findings"]!.ToJsonString());
    }

    [Fact]
    public async Task Only_the_office_imports_and_a_preview_is_its_creators()
    {
        var unit = await _host.UnitAsync("县发改委党组", "/p/fz/fg/");
        var coordinator = _host.As($"unit_coordinator|u:{unit}");
        var office = _host.As(FindingsHost.FuzhouOffice);
        var colleague = _host.As(FindingsHost.FuzhouOffice);

        var byCoordinator = await coordinator.PostAsync(Imports, Upload("report_04.txt", await File.ReadAllBytesAsync(Corpus.PathOf("report_04.txt"))));
        var preview = await PreviewAsync(office, "report_04.txt");

        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"{Imports}/{preview.Id}")).StatusCode);
    }

    [Fact]
    public async Task Previews_older_than_a_week_are_gone_and_committed_imports_stay()
    {
        var office = _host.As(FindingsHost.FuzhouOffice);
        var old = DateTimeOffset.UtcNow.AddDays(-8);
        var (stale, committed) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await _host.Db(async db =>
        {
            db.Imports.Add(new Rectify.Findings.Model.NoticeImport { Id = stale, Source = "old.txt", Text = "旧", CreatedBy = "x", CreatedAt = old, Version = 1 });
            db.Imports.Add(new Rectify.Findings.Model.NoticeImport
            {
                Id = committed, Source = "kept.txt", Text = "留", CreatedBy = "x", CreatedAt = old, Version = 2, InspectionId = Guid.NewGuid(),
            });
            return await db.SaveChangesAsync();
        });

        await PreviewAsync(office, "report_04.txt");

        var left = await _host.Db(db => db.Imports.Select(i => i.Id).ToListAsync());
        Assert.DoesNotContain(stale, left);
        Assert.Contains(committed, left);
    }

    /// <summary>Every notice of the corpus goes through preview and commit; the stored tree has the parsed shape (four levels at most).</summary>
    [Fact]
    public async Task Every_corpus_notice_commits_with_the_shape_the_importer_read()
    {
        var unit = await _host.UnitAsync("语料单位", "/p/fz/yl/");
        var office = _host.As(FindingsHost.FuzhouOffice);
        var dir = Path.GetDirectoryName(Corpus.PathOf("report_00.txt"))!;
        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(26, files.Count);
        foreach (var file in files)
        {
            var preview = await PreviewAsync(office, Path.GetFileName(file));
            var commit = await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", WhatIsMissing(preview, unit));
            Assert.True(commit.StatusCode == HttpStatusCode.Created, $"{file}: {await commit.Content.ReadAsStringAsync()}");
            var inspection = (await office.GetFromJsonAsync<Inspection>(commit.Headers.Location))!;
            var parsed = NoticeParser.Parse(NoticeReader.ReadFile(file).Text).LevelCounts.Take(4);
            Assert.True(parsed.SequenceEqual(Shape(inspection.Findings)), $"{Path.GetFileName(file)}: {string.Join('/', Shape(inspection.Findings))}");
        }
    }

    private static List<string> Fields(HttpValidationProblemDetails? problem) => [.. problem!.Errors.Keys];

    private static List<int> Shape(List<Node> roots)
    {
        var counts = new List<int>();
        for (var level = roots; level.Count > 0; level = [.. level.SelectMany(n => n.Children)])
            counts.Add(level.Count);
        return counts;
    }

    private sealed record Result(Guid InspectionId, int Findings, int Tasks);

    private sealed record Inspection(string Kind, string Issuer, string Team, string Type, string Status, DateOnly OnSiteStart, DateOnly OnSiteEnd,
        DateOnly? FeedbackOn, List<Node> Findings);

    private sealed record Node(Guid Id, string Ordinal, List<Node> Children);

    public void Dispose() => _host.Dispose();
}
