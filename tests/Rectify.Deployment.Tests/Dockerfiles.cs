using System.Text.RegularExpressions;

namespace Rectify.Deployment.Tests;

/// <summary>
/// The one Dockerfile every deployable's image is built from (the project, port, data folder and
/// volume mount points are build arguments), and the two places that pass those arguments: the
/// compose file and tools/scripts/docker.sh, which builds the images the container tests run.
/// </summary>
public sealed class Dockerfiles
{
    private static readonly string Dockerfile = Repo.Read("Dockerfile");

    public static TheoryData<string> Parts => [.. Repo.All.Select(p => p.Name)];

    private static Part PartNamed(string name) => Repo.All.Single(p => p.Name == name);

    [Fact]
    public void The_image_is_multi_stage_and_non_root_with_pinned_Microsoft_bases_by_default()
    {
        foreach (var arg in new[] { "SDK_IMAGE", "RUNTIME_IMAGE" })
        {
            var image = Regex.Match(Dockerfile, $@"^ARG {arg}=(\S+)$", RegexOptions.Multiline).Groups[1].Value;
            Assert.Matches(@"^mcr\.microsoft\.com/dotnet/(sdk|aspnet):\d+\.\d+\.\d+", image); // a full version, never "latest" or "10.0"
        }
        Assert.Contains("FROM ${SDK_IMAGE} AS build", Dockerfile);
        Assert.Matches(@"(?m)^FROM \$\{RUNTIME_IMAGE\} AS runtime$", Dockerfile);
        Assert.Contains("chiseled", Regex.Match(Dockerfile, @"(?m)^ARG RUNTIME_IMAGE=.*$").Value);
        Assert.Matches(@"(?m)^USER \$APP_UID$", Dockerfile);
        Assert.DoesNotMatch(@"(?m)^USER (root|0)\b", Dockerfile);
        Assert.Contains("-p:ContinuousIntegrationBuild=true -p:Deterministic=true", Dockerfile);
        // A syntax line makes the engine pull a frontend image; the built-in one has RUN --mount.
        Assert.DoesNotMatch(@"(?m)^#\s*syntax=", Dockerfile);
        // Restore in locked mode exactly when the repository has lock files.
        var lockFiles = Repo.Files(".", "packages.lock.json").Any();
        Assert.Equal(lockFiles, Regex.IsMatch(Dockerfile, @"(?m)^[^#\n]*--locked-mode"));
    }

    [Fact]
    public void The_CA_bundle_is_a_build_secret_of_the_restore_and_never_copied_into_an_image()
    {
        var restore = Regex.Match(Dockerfile, @"(?ms)^RUN (?:[^\n]*\\\n)*?[^\n]*dotnet restore").Value;
        Assert.Contains("--mount=type=secret,id=ca-certificates,target=/etc/ssl/certs/ca-certificates.crt", restore);
        Assert.DoesNotMatch(@"(?m)^(COPY|ADD)\b.*(\.crt|\.pem|ssl/certs)", Dockerfile);
    }

    [Fact]
    public void The_image_runs_the_named_project_on_the_named_port_with_a_health_check()
    {
        Assert.Contains("dotnet publish \"$project/${project##*/}.csproj\" -c Release -o \"/publish/$project\"", Dockerfile);
        Assert.Contains("ln -s \"${project##*/}.dll\" \"/publish/$project/entry.dll\"", Dockerfile);
        Assert.Contains("COPY --from=build --chown=root:root /publish/${PROJECT} ./", Dockerfile);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"/app/entry.dll\"]", Dockerfile);
        Assert.Matches(@"(?m)^EXPOSE \$\{PORT\}$", Dockerfile);
        Assert.Contains("ASPNETCORE_URLS=http://+:${PORT} ", Dockerfile);
        Assert.Matches(@"(?m)^HEALTHCHECK ", Dockerfile);
        Assert.Contains("CMD [\"dotnet\", \"/app/ops/Rectify.Ops.dll\", \"probe\"]", Dockerfile);
        Assert.Equal("http://127.0.0.1:5103/alive", Rectify.Ops.Program.AliveUrl("http://+:5103"));
    }

    [Fact]
    public void The_shared_build_stage_publishes_exactly_the_deployables()
    {
        var deployables = Regex.Match(Dockerfile, "(?m)^ARG DEPLOYABLES=\"([^\"]*)\"").Groups[1].Value
            .Replace("\\\n", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Repo.All.Select(p => p.ProjectDir).Order(), deployables.Order());
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void Environment_set_in_an_image_is_read_by_the_code(string name)
    {
        var part = PartNamed(name);
        var variables = Regex.Matches(Dockerfile.Replace("\\\n", " ", StringComparison.Ordinal), @"(?m)^ENV (.*)$")
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, @"([A-Za-z_][A-Za-z0-9_]*)=").Select(v => v.Groups[1].Value));

        Assert.All(variables, v => Assert.Null(Configuration.Check(v, part)));
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_image_script_builds_each_part_with_the_arguments_compose_gives(string name)
    {
        var part = PartNamed(name);
        var line = Regex.Match(Repo.Read("tools/scripts/docker.sh"), $"(?m)^  \"{name} (.*)\"$");
        Assert.True(line.Success, $"tools/scripts/docker.sh builds no image {name}");
        var fields = line.Groups[1].Value.Split(' ');
        var args = Compose.BuildArguments(name);

        Assert.Equal(part.ProjectDir, fields[0]);
        Assert.Equal(part.ProjectDir, args["PROJECT"]);
        Assert.Equal(part.Port.ToString(), fields[1]);
        Assert.Equal(part.Port.ToString(), args["PORT"]);
        Assert.Equal(args["DATA_DIR"], fields[2]);
        Assert.Equal(args.GetValueOrDefault("VOLUMES", ""), string.Join(' ', fields[3..]));
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
