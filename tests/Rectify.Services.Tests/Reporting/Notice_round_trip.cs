using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Import;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The round trip, on every notice of ../shared/corpus: import it through the findings API (preview and
/// commit), deliver what the commit wrote to its outbox to the tasks service and to reporting and what
/// the tasks service then wrote to reporting, generate the notice, import the generated text again, and
/// find the tree, titles and task states that were recorded and the totals reporting counted.
/// </summary>
public sealed class Notice_round_trip(Notice_round_trip.Host host) : IClassFixture<Notice_round_trip.Host>
{
    public sealed class Host : IDisposable
    {
        public ImportPipeline Pipeline { get; } = new();
        public void Dispose() => Pipeline.Dispose();
    }

    public static TheoryData<string> Notices() =>
        [.. Directory.EnumerateFiles(Path.GetDirectoryName(Corpus.PathOf("report_00.txt"))!, "*.txt").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task A_generated_notice_imports_back_to_the_recorded_tree_states_and_totals(string file)
    {
        var p = host.Pipeline;
        var original = NoticeParser.Parse(NoticeReader.ReadFile(Corpus.PathOf(file)).Text);
        // The unit's contact line is the units service's: registered as it would publish it.
        var unit = await p.UnitAsync(original.Unit ?? "某局党组", $"/p/fz/rt{Path.GetFileNameWithoutExtension(file).Replace("_", "")}/",
            new Rectify.Contracts.Units.ContactLine(original.Contact?.Phone, original.Contact?.Email, original.Contact?.Address));
        var imported = await p.ImportAsync(file, unit);
        var tree = (await p.Findings.As("admin|*").GetFromJsonAsync<Inspection>($"/api/findings/inspections/{imported.InspectionId}"))!.Findings;
        var states = await p.Tasks.Db(db => db.Tasks.Where(t => t.InspectionId == imported.InspectionId).ToDictionaryAsync(t => t.FindingId, t => t.State));

        var admin = p.Reporting.As("admin|*");
        var created = await admin.PostAsync($"/api/reports/inspections/{imported.InspectionId}/notices", null);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var notice = (await created.Content.ReadFromJsonAsync<NoticeDto>())!;
        var text = await admin.GetStringAsync($"/api/reports/notices/{notice.Id}/txt");
        var again = NoticeParser.Parse(text);

        Assert.Equal(Shape(tree), ParsedFinding.CountLevels(again.Findings));
        Assert.Equal(Titles(tree), Titles(again.Findings));
        Assert.Equal(ReadBack(tree, states), StatesOf(tree, again.Findings, states));
        var f = notice.Facts;
        var leaves = Leaves(tree).ToList();
        Assert.Equal(leaves.Count, f.Items);
        Assert.Equal(leaves.Count(l => states.GetValueOrDefault(l.Id) is "closed" or "completed_sustained"), f.Completed);
        var stated = again.Stated;
        Assert.Equal(f.Completed, stated.Completed);
        Assert.Equal(f.CompletionRate, stated.CompletionRate);
        Assert.Equal(f.Depth == 1 ? null : f.Aspects, stated.Aspects);
        Assert.Equal(f.Depth == 1 ? f.Aspects : f.Problems, stated.Problems);
        Assert.Equal(f.Depth >= 3 ? f.Items : null, stated.Issues);
        Assert.Empty(NoticeParser.ShapeDisagreements(stated, again.Findings));
        if (NoticeParser.ShapeDisagreements(original.Stated, original.Findings).Count == 0 && (original.Stated.Issues ?? original.Stated.Problems) is { } total)
            Assert.Equal(total, stated.Issues ?? stated.Problems); // where the original's totals agreed with its tree, they come back
        if (original.Completion is { Kind: CompletionStatementKind.Full } all && all.WithoutStatus == all.Counted)
            Assert.Equal(all.Completed, stated.Completed); // 002's "已完成整改21个" of 21 items stating nothing comes back as 21 done
        if (original.Contact?.Phone is { } phone) Assert.Equal(phone, again.Contact?.Phone);
        Assert.Equal(original.Unit, again.Unit);

        // The Markdown reads the same (only its title carries markup).
        var markdown = NoticeParser.Parse(await admin.GetStringAsync($"/api/reports/notices/{notice.Id}/md"));
        Assert.Equal(Shape(tree), ParsedFinding.CountLevels(markdown.Findings));
        Assert.Equal(again.Title, markdown.Title?.TrimStart('#', ' '));
    }

    private static List<int> Shape(List<Node> roots)
    {
        var counts = new List<int>();
        for (var level = roots; level.Count > 0; level = [.. level.SelectMany(n => n.Children)])
            counts.Add(level.Count);
        return counts;
    }

    private static List<string> Titles(List<Node> roots) => [.. roots.SelectMany(n => Titles(n.Children).Prepend(n.Title))];

    private static List<string> Titles(IReadOnlyList<ParsedFinding> roots) => [.. roots.SelectMany(n => Titles(n.Children).Prepend(n.Title))];

    // Task states as the importer maps a notice's phrases: closed reads back as completed, planned as not started.
    private static List<string?> ReadBack(List<Node> roots, Dictionary<Guid, string> states) =>
        [.. roots.SelectMany(n => ReadBack(n.Children, states).Prepend(states.GetValueOrDefault(n.Id) switch
        {
            null => null, "closed" => "completed", "planned" => "not_started", var s => s,
        }))];

    private static List<string?> StatesOf(List<Node> recorded, IReadOnlyList<ParsedFinding> parsed, Dictionary<Guid, string> states) =>
        [.. recorded.Zip(parsed).SelectMany(p => StatesOf(p.First.Children, p.Second.Children, states)
            .Prepend(states.ContainsKey(p.First.Id) ? p.Second.Status.ToTaskState() : null))];

    private static IEnumerable<Node> Leaves(List<Node> roots) => roots.SelectMany(n => n.Children.Count == 0 ? [n] : Leaves(n.Children));

    private sealed record Node(Guid Id, string Title, List<Node> Children);

    private sealed record Inspection(List<Node> Findings);

    private sealed record FactsDto(int Depth, int Aspects, int Problems, int Items, int Completed, decimal? CompletionRate);

    private sealed record NoticeDto(Guid Id, FactsDto Facts);
}
