using System.Text.RegularExpressions;

namespace Rectify.Deployment.Tests;

public sealed class Dockerfiles
{
    public static TheoryData<string> Parts => [.. Repo.All.Select(p => p.Name)];

    private static Part PartNamed(string name) => Repo.All.Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(Parts))]
    public void Each_deployable_has_a_multi_stage_non_root_image_with_pinned_bases(string name)
    {
        var part = PartNamed(name);
        var dockerfile = Repo.Read(part.Dockerfile);

        foreach (var arg in new[] { "SDK_IMAGE", "RUNTIME_IMAGE" })
        {
            var image = Regex.Match(dockerfile, $@"^ARG {arg}=(\S+)$", RegexOptions.Multiline).Groups[1].Value;
            Assert.Matches(@"^mcr\.microsoft\.com/dotnet/(sdk|aspnet):\d+\.\d+\.\d+", image); // a full version, never "latest" or "10.0"
        }
        Assert.Contains("FROM ${SDK_IMAGE} AS build", dockerfile);
        Assert.Matches(@"(?m)^FROM \$\{RUNTIME_IMAGE\} AS runtime$", dockerfile);
        Assert.Contains("chiseled", Regex.Match(dockerfile, @"(?m)^ARG RUNTIME_IMAGE=.*$").Value);
        Assert.Matches(@"(?m)^USER \$APP_UID$", dockerfile);
        Assert.DoesNotMatch(@"(?m)^USER (root|0)\b", dockerfile);
        Assert.Contains("-p:ContinuousIntegrationBuild=true -p:Deterministic=true", dockerfile);
        // Restore in locked mode exactly when the repository has lock files.
        var lockFiles = Repo.Files(".", "packages.lock.json").Any();
        Assert.Equal(lockFiles, Regex.IsMatch(dockerfile, @"(?m)^[^#\n]*--locked-mode"));
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void Each_image_runs_its_project_on_its_port_with_a_health_check(string name)
    {
        var part = PartNamed(name);
        var dockerfile = Repo.Read(part.Dockerfile);

        Assert.True(File.Exists(Repo.PathOf(Path.Combine(part.ProjectDir, part.Assembly + ".csproj"))));
        Assert.Contains($"dotnet publish {part.ProjectDir}/{part.Assembly}.csproj", dockerfile);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"/app/{part.Assembly}.dll\"]", dockerfile);
        Assert.Matches($@"(?m)^EXPOSE {part.Port}$", dockerfile);
        Assert.Contains($"ASPNETCORE_URLS=http://+:{part.Port} ", dockerfile);
        Assert.Contains($"CMD [\"dotnet\", \"/app/ops/Rectify.Ops.dll\", \"probe\", \"http://127.0.0.1:{part.Port}/alive\"]", dockerfile);
        Assert.Matches(@"(?m)^HEALTHCHECK ", dockerfile);
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void Environment_set_in_an_image_is_read_by_the_code(string name)
    {
        var part = PartNamed(name);
        var dockerfile = Repo.Read(part.Dockerfile).Replace("\\\n", " ", StringComparison.Ordinal);
        var variables = Regex.Matches(dockerfile, @"(?m)^ENV (.*)$")
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, @"([A-Za-z_][A-Za-z0-9_]*)=").Select(v => v.Groups[1].Value));

        Assert.All(variables, v => Assert.Null(Configuration.Check(v, part)));
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_local_data_and_secrets()
    {
        var ignored = Repo.Read(".dockerignore").Split('\n');
        foreach (var entry in new[] { "**/bin/", "**/obj/", ".git/", "data/", ".env", "!.env.example" })
            Assert.Contains(entry, ignored);
        Assert.Contains(".env", Repo.Read(".gitignore").Split('\n'));
    }
}
