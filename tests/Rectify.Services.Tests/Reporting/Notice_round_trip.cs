using System.Net.Http.Json;
using Rectify.Findings.Import;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The round trip, on every notice of ../shared/corpus: import it (NoticeParser), feed reporting what the
/// commit and the tasks service would publish, generate the notice, import the generated text again, and
/// find the same tree, titles, statuses and the totals reporting counted.
/// </summary>
public sealed class Notice_round_trip(Notice_round_trip.Host host) : IClassFixture<Notice_round_trip.Host>
{
    public sealed class Host : IDisposable
    {
        public ReportingHost Reporting { get; } = new();
        public void Dispose() => Reporting.Dispose();
    }

    public static TheoryData<string> Notices() =>
        [.. Directory.EnumerateFiles(Path.GetDirectoryName(Corpus.PathOf("report_00.txt"))!, "*.txt").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task A_generated_notice_imports_back_to_the_same_tree_statuses_and_totals(string file)
    {
        var original = NoticeParser.Parse(NoticeReader.ReadFile(Corpus.PathOf(file)).Text);
        var feed = NoticeFeed.From(original, Guid.NewGuid(), $"/rt/{Path.GetFileNameWithoutExtension(file)}/");
        await host.Reporting.FeedAsync([.. feed.Events]);

        var admin = host.Reporting.As("admin|*");
        var created = await admin.PostAsync($"/api/reports/inspections/{feed.InspectionId}/notices", null);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var notice = (await created.Content.ReadFromJsonAsync<NoticeDto>())!;
        var text = await admin.GetStringAsync($"/api/reports/notices/{notice.Id}/txt");
        var again = NoticeParser.Parse(text);

        Assert.Equal(Shape(feed.Roots), Shape(again.Findings));
        Assert.Equal(Titles(feed.Roots), Titles(again.Findings));
        Assert.Equal(States(feed.Roots), StatesOf(feed.Roots, again.Findings));
        var f = notice.Facts;
        var expectedLeaves = Leaves(feed.Roots).ToList();
        Assert.Equal(expectedLeaves.Count, f.Items);
        Assert.Equal(expectedLeaves.Count(s => s is "closed" or "completed_sustained"), f.Completed);
        var stated = again.Stated;
        Assert.Equal(f.Completed, stated.Completed);
        Assert.Equal(f.CompletionRate, stated.CompletionRate);
        Assert.Equal(f.Depth == 1 ? null : f.Aspects, stated.Aspects);
        Assert.Equal(f.Depth == 1 ? f.Aspects : f.Problems, stated.Problems);
        Assert.Equal(f.Depth >= 3 ? f.Items : null, stated.Issues);
        Assert.Empty(NoticeParser.ShapeDisagreements(stated, again.Findings));
        if (NoticeParser.ShapeDisagreements(original.Stated, original.Findings).Count == 0 && (original.Stated.Issues ?? original.Stated.Problems) is { } total)
            Assert.Equal(total, stated.Issues ?? stated.Problems); // where the original's totals agreed with its tree, they come back
        if (original.Outcomes.RulesMade is { } made) Assert.Equal(made, again.Outcomes.RulesMade);
        if (original.Outcomes.RulesRevised is { } revised) Assert.Equal(revised, again.Outcomes.RulesRevised);
        if (original.Contact?.Phone is { } phone) Assert.Equal(phone, again.Contact?.Phone);
        Assert.Equal(original.Unit, again.Unit);

        // The Markdown reads the same (only its title carries markup).
        var markdown = NoticeParser.Parse(await admin.GetStringAsync($"/api/reports/notices/{notice.Id}/md"));
        Assert.Equal(Shape(feed.Roots), Shape(markdown.Findings));
        Assert.Equal(again.Title, markdown.Title?.TrimStart('#', ' '));
    }

    private static IReadOnlyList<int> Shape(List<NoticeFeed.FedNode> roots)
    {
        var counts = new List<int>();
        for (var level = roots; level.Count > 0; level = [.. level.SelectMany(n => n.Children)])
            counts.Add(level.Count);
        return counts;
    }

    private static IReadOnlyList<int> Shape(IReadOnlyList<ParsedFinding> roots) => ParsedFinding.CountLevels(roots);

    private static List<string> Titles(List<NoticeFeed.FedNode> roots) => [.. roots.SelectMany(n => Titles(n.Children).Prepend(n.Title))];

    private static List<string> Titles(IReadOnlyList<ParsedFinding> roots) => [.. roots.SelectMany(n => Titles(n.Children).Prepend(n.Title))];

    // Task states as the importer maps a notice's phrases: closed reads back as completed, planned as not started.
    private static List<string?> States(List<NoticeFeed.FedNode> roots) =>
        [.. roots.SelectMany(n => States(n.Children).Prepend(n.State switch { null => null, "closed" => "completed", "planned" => "not_started", var s => s }))];

    private static List<string?> StatesOf(List<NoticeFeed.FedNode> fed, IReadOnlyList<ParsedFinding> parsed) =>
        [.. fed.Zip(parsed).SelectMany(p => StatesOf(p.First.Children, p.Second.Children).Prepend(p.First.State is null ? null : p.Second.Status.ToTaskState()))];

    private static IEnumerable<string?> Leaves(List<NoticeFeed.FedNode> roots) =>
        roots.SelectMany(n => n.Children.Count == 0 ? [n.State] : Leaves(n.Children));

    private sealed record FactsDto(int Depth, int Aspects, int Problems, int Items, int Completed, decimal? CompletionRate);

    private sealed record NoticeDto(Guid Id, FactsDto Facts);
}
