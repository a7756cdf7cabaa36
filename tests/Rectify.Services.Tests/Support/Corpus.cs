namespace Rectify.Services.Tests.Support;

/// <summary>The published notices in &lt;repo&gt;/../shared/corpus, for tests that import real text.</summary>
public static class Corpus
{
    public static string PathOf(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln")))
            dir = dir.Parent;
        var path = Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus", name));
        return File.Exists(path) ? path : throw new FileNotFoundException($"The notice corpus is expected at {path}.");
    }
}
