using System.Xml.Linq;

namespace Rectify.Architecture.Tests;

public sealed class Service_boundaries
{
    public static TheoryData<string> Services => [.. Solution.ServiceNames];

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_references_no_other_service_assembly(string service)
    {
        var assembly = Solution.Services.Single(a => a.GetName().Name == $"Rectify.{service}");
        var others = Solution.ServiceNames.Where(s => s != service).Select(s => $"Rectify.{s}").ToHashSet();

        var offending = assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(others.Contains);

        Assert.Empty(offending);
    }

    /// <summary>A service may split itself into projects (findings' importer); they live in its own folder, services/&lt;Service&gt;/.</summary>
    [Fact]
    public void Service_gateway_and_web_projects_reference_only_contracts_the_shared_defaults_and_their_own_service()
    {
        var allowed = new[] { "Rectify.Contracts.csproj", "Rectify.ServiceDefaults.csproj", "Rectify.Web.csproj" };
        var projects = Solution.SourceFiles("services").Concat(Solution.SourceFiles("gateway")).Concat(Solution.SourceFiles("web"))
            .Where(f => f.EndsWith(".csproj") && !f.EndsWith("Rectify.Embedded.csproj"));

        var offending = projects
            .SelectMany(p => XDocument.Load(p).Descendants("ProjectReference").Select(r =>
                (Project: Path.GetFileName(p), Reference: Path.GetFileName(r.Attribute("Include")!.Value),
                 SameService: SameServiceFolder(p, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(p)!, r.Attribute("Include")!.Value))))))
            .Where(r => !r.SameService && (!allowed.Contains(r.Reference) || (r.Reference == "Rectify.Web.csproj" && !r.Project.StartsWith("Rectify.Web"))))
            .Select(r => (r.Project, r.Reference))
            .ToList();

        Assert.Empty(offending);
    }

    private static bool SameServiceFolder(string project, string reference)
    {
        var services = Path.Combine(Solution.Root, "services") + Path.DirectorySeparatorChar;
        string? ServiceOf(string path) => path.StartsWith(services, StringComparison.Ordinal) ? path[services.Length..].Split(Path.DirectorySeparatorChar)[0] : null;
        var service = ServiceOf(Path.GetFullPath(project));
        return service is not null && Solution.ServiceNames.Contains(service) && ServiceOf(reference) == service;
    }

    [Fact]
    public void Contracts_depend_on_nothing_but_the_framework()
    {
        var project = XDocument.Load(Path.Combine(Solution.Root, "contracts", "Rectify.Contracts", "Rectify.Contracts.csproj"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.All(Solution.Contracts.GetReferencedAssemblies(), r => Assert.True(r.Name == "netstandard" || r.Name!.StartsWith("System"), r.Name));
    }

    [Fact]
    public void Each_service_database_context_lives_in_its_own_service()
    {
        foreach (var service in Solution.Services)
        {
            var contexts = service.GetTypes().Where(t => typeof(Rectify.ServiceDefaults.Data.ServiceDbContext).IsAssignableFrom(t)).ToList();
            Assert.NotEmpty(contexts);
            Assert.All(contexts, c => Assert.StartsWith(service.GetName().Name!, c.Namespace));
        }
        Assert.DoesNotContain(Solution.Contracts.GetTypes(), t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.DbContext)));
    }
}
