namespace Rectify.Findings.Import.Tests;

/// <summary>The 26 public notices in &lt;repo&gt;/../shared/corpus.</summary>
public static class Corpus
{
    private static readonly Lazy<string> Dir = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException($"Rectify.sln not found above {AppContext.BaseDirectory}; the corpus is looked up at <repo>/../shared/corpus");
        var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
        if (!Directory.Exists(corpus)) throw new InvalidOperationException($"the notice corpus is missing: expected {corpus} (26 .txt notices)");
        return corpus;
    });

    public static string Directory_ => Dir.Value;

    public static string PathOf(string name) => Path.Combine(Dir.Value, name);

    public static IEnumerable<string> Files => Directory.GetFiles(Dir.Value, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var f in Files) data.Add(f);
        return data;
    }

    public static ParsedNotice Parse(string name) => NoticeParser.Parse(NoticeReader.ReadFile(PathOf(name)).Text);
}
