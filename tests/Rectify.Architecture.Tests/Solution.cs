using System.Reflection;
using Rectify.Contracts;
using Rectify.ServiceDefaults.Data;

namespace Rectify.Architecture.Tests;

/// <summary>What the architecture tests look at: the repository on disk and the loaded assemblies.</summary>
internal static class Solution
{
    public static readonly string[] ServiceNames = ["Units", "Findings", "Tasks", "Notifications", "Reporting"];

    public static string Root { get; } = FindRoot();

    public static Assembly Contracts => typeof(IIntegrationEvent).Assembly;
    public static Assembly Defaults => typeof(ServiceDbContext).Assembly;

    public static IReadOnlyList<Assembly> Services { get; } =
        [.. ServiceNames.Select(name => Assembly.Load($"Rectify.{name}"))];

    public static IEnumerable<Assembly> All => Services.Append(Contracts).Append(Defaults)
        .Append(Assembly.Load("Rectify.Embedded")).Append(Assembly.Load("Rectify.Web"));

    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Rectify.sln not found above the test folder.");
    }
}
