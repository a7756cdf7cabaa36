using BenchmarkDotNet.Attributes;
using Rectify.Findings.Import;

namespace Rectify.Benchmarks;

/// <summary>
/// The importer over the whole published corpus (../shared/corpus). Target (issue 4): all 26
/// notices in under 1 s after warm-up; the "Mean" column is one pass over every notice.
/// </summary>
[MemoryDiagnoser]
public class ImporterBenchmark
{
    private List<string> _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusFolder();
        _texts = [.. Directory.EnumerateFiles(corpus, "*.txt").Order().Select(f => NoticeReader.ReadFile(f).Text)];
        if (_texts.Count == 0)
            throw new InvalidOperationException($"No notices in {corpus}.");
    }

    [Benchmark]
    public int ParseWholeCorpus()
    {
        var findings = 0;
        foreach (var text in _texts)
            findings += NoticeParser.Parse(text).Findings.Count;
        return findings;
    }

    private static string CorpusFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln")))
            dir = dir.Parent;
        return dir is null
            ? throw new InvalidOperationException("Run from inside the repository: Rectify.sln not found.")
            : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
    }
}
