namespace Rectify.Containers.Tests.Infrastructure;

public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared corpus of published notices, beside the repository (../shared/corpus).</summary>
    public static string CorpusFile(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", name));
        Assert.True(File.Exists(path), $"{path} does not exist: the corpus is read from ../shared/corpus beside the repository.");
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Rectify.sln not found above the test folder.");
    }
}
