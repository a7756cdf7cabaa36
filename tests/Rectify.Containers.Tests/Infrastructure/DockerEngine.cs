using System.Diagnostics;

namespace Rectify.Containers.Tests.Infrastructure;

/// <summary>
/// The Docker engine and the images the tests run, as ./rectify test sets them up (tools/scripts/docker.sh
/// builds the images and exports these variables). Anything missing is a failure that says what to run.
/// </summary>
public static class DockerEngine
{
    private static string Setting(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

    /// <summary>Debian's client: another docker CLI may come first on PATH and insist on buildx.</summary>
    public static string Client => Setting("RECTIFY_DOCKER", "/usr/bin/docker");
    public static string Compose => Setting("RECTIFY_DOCKER_COMPOSE", "/usr/bin/docker-compose");

    public static string PartImage(string part) =>
        $"{Setting("RECTIFY_IMAGE_PREFIX", "rectify")}/{part}:{Setting("RECTIFY_VERSION", "local")}";
    public static string PostgresImage => Setting("RECTIFY_POSTGRES_IMAGE", "rectify-local/postgres:15");
    public static string RabbitMqImage => Setting("RECTIFY_RABBITMQ_IMAGE", "rectify-local/rabbitmq:3.10");

    public static readonly string[] Parts = ["units", "findings", "tasks", "notifications", "reporting", "web", "gateway"];

    private const string HowTo = "Run the tests with ./rectify test, which starts the Docker engine and builds the images " +
        "(tools/scripts/docker.sh), or source tools/scripts/docker.sh and run ensure_docker and build_images.";

    private static readonly Lazy<string?> Problem = new(FindProblem);

    /// <summary>Fails (never skips) when the engine, docker-compose or an image is missing.</summary>
    public static void Require()
    {
        if (Problem.Value is { } problem)
            Assert.Fail($"{problem} {HowTo}");
    }

    private static string? FindProblem()
    {
        foreach (var tool in new[] { Client, Compose })
            if (!File.Exists(tool))
                return $"{tool} does not exist (Debian packages docker.io and docker-compose).";
        var version = Run(Client, ["version", "--format", "{{.Server.APIVersion}}"], TimeSpan.FromSeconds(30));
        if (version.Exit != 0)
            return $"The Docker engine does not answer: {version.Error.Trim()}.";
        // Testcontainers asks for API 1.44 unless told otherwise; Docker 20.10 serves 1.41 at most. Its
        // reaper's image cannot be pulled here: the tests remove what they start.
        if (Environment.GetEnvironmentVariable("DOCKER_API_VERSION") is null)
            Environment.SetEnvironmentVariable("DOCKER_API_VERSION", version.Output.Trim());
        if (Environment.GetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED") is null)
            Environment.SetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED", "true");
        var missing = Parts.Select(PartImage).Append(PostgresImage).Append(RabbitMqImage)
            .Where(image => Run(Client, ["image", "inspect", image], TimeSpan.FromSeconds(30)).Exit != 0).ToList();
        return missing.Count == 0 ? null : $"The images {string.Join(", ", missing)} do not exist.";
    }

    public sealed record Result(int Exit, string Output, string Error)
    {
        public override string ToString() => $"exit {Exit}\n{Output}\n{Error}";
    }

    /// <summary>Runs a command to its end (killed after the timeout), with extra environment variables.</summary>
    public static Result Run(string file, IEnumerable<string> args, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result(-1, output.Result, $"{error.Result}\n{file} {string.Join(' ', args)}: killed after {timeout.TotalSeconds:0} s");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public static Task<Result> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        Task.Run(() => Run(file, args, timeout, environment, workingDirectory));

    /// <summary>The health Docker reports for a container (its image's or compose's HEALTHCHECK).</summary>
    public static string Health(string container) =>
        Run(Client, ["inspect", "--format", "{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}", container],
            TimeSpan.FromSeconds(30)).Output.Trim();
}
