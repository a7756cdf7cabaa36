using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>
/// The real embedded host (all services, the web UI and demo data in one process) on a free port with
/// its own temporary data folder, plus Playwright driving Debian's Chromium. Shared by the browser tests.
/// </summary>
public sealed class EmbeddedHost : IAsyncLifetime
{
    public const string AdminPassword = "Browser-Tests-2026";

    /// <summary>The password of every demo account (demo-office, demo-coordinator, …), set through Demo__Password.</summary>
    public const string DemoPassword = "Demo-Accounts-2026";
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    // Settings a developer's or CI's shell may carry that would point the host elsewhere.
    private static readonly string[] InheritedPrefixes =
        ["ASPNETCORE_", "DOTNET_URLS", "URLS", "Bus__", "Database__", "ConnectionStrings__", "Auth__", "Gateway__", "OTEL_", "Demo__", "RECTIFY_"];

    private readonly string dataDir = Directory.CreateTempSubdirectory("rectify-browser-tests").FullName;
    private Process? host;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public string LogFile => Path.Combine(dataDir, "host.log");

    /// <summary>
    /// The living demo (its accounts among it) is made in the background after start-up: waits for the line the host
    /// logs when it is in place, so a demo account is not signed in before it exists.
    /// </summary>
    public async Task WaitForLivingDemoAsync()
    {
        const string marker = "Demo: people, accounts, deadlines, a published notice and a snapshot are in place";
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!Log().Contains(marker, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The living demo was not in place within 120 s; see {LogFile}.");
            await Task.Delay(250);
        }
    }


    /// <summary>Screenshots land next to the test assembly, in screenshots/.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static string Configuration =>
        typeof(EmbeddedHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("RECTIFY_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium} (RECTIFY_CHROMIUM). Run ./rectify test, which installs Debian's chromium and fonts-noto-cjk; " +
                "Playwright never downloads a browser here.");
        }

        StartHost();
        await WaitReadyAsync(TimeSpan.FromSeconds(90));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies) at the host's address, Chinese-speaking like the users.</summary>
    public Task<IBrowserContext> NewContextAsync() => NewContextAsync(1280, 900);

    /// <summary>The same at another screen size: 390×844 is a phone.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, int height) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string Tail(int lines = 40)
    {
        try
        {
            return string.Join('\n', Log().Split('\n').TakeLast(lines));
        }
        catch (IOException e)
        {
            return $"(no host log: {e.Message})";
        }
    }

    private string Log()
    {
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            try
            {
                if (!host.HasExited)
                {
                    host.Kill(entireProcessTree: true);
                    await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            host.Dispose();
        }

        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void StartHost()
    {
        var dll = Path.Combine(RepositoryRoot(), "services", "Rectify.Embedded", "bin", Configuration, "net10.0", "Rectify.Embedded.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist: build tests/Rectify.Browser.Tests in the {Configuration} configuration first.");
        }

        var port = FreePort();
        BaseAddress = new Uri($"http://localhost:{port}/");
        // The shell only redirects and then becomes the dotnet process (exec), so the pid is the host's own.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$1\" >>\"$2\" 2>&1 </dev/null");
        start.ArgumentList.Add(DotnetHost());
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(LogFile);
        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["RECTIFY_DATA_DIR"] = dataDir;
        start.Environment["RECTIFY_PORT"] = port.ToString();
        start.Environment["RECTIFY_ADMIN_PASSWORD"] = AdminPassword;
        start.Environment["Demo__Password"] = DemoPassword;
        // Every test signs the administrator in, more often than the per-user guess budget allows a person.
        start.Environment["SignInLimit__PermitsPerUser"] = "1000";
        start.Environment["SignInLimit__PermitsPerAddress"] = "1000";
        // The demo's reminders and escalations of the day go out at once, whatever the hour the suite runs at:
        // sent from midnight (Asia/Shanghai) and with no quiet hours, instead of 09:00 and 22:00–07:00.
        start.Environment["Notifications__Rules__SendAt"] = "00:00";
        start.Environment["Notifications__QuietHours__Start"] = "00:00";
        start.Environment["Notifications__QuietHours__End"] = "00:00";
        // Development serves the UI's static assets from the build output (no publish step).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        host = Process.Start(start) ?? throw new InvalidOperationException("Could not start the embedded host.");
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < timeout)
        {
            if (host!.HasExited)
            {
                throw new InvalidOperationException($"The embedded host exited (code {host.ExitCode}) before it was ready.\n{Tail()}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(BaseAddress, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The embedded host was not ready within {timeout.TotalSeconds:0} s (last: {last}).\n{Tail()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path)
            ? path
            : Process.GetCurrentProcess().MainModule?.FileName is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? self
                : "dotnet";

    /// <summary>The published notices, next to the repository (&lt;repo&gt;/../shared/corpus), as the importer's tests find them.</summary>
    public static string CorpusFolder => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus"));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Rectify.sln not found above the test folder.");
    }
}

[CollectionDefinition(Name)]
public sealed class EmbeddedHostCollection : ICollectionFixture<EmbeddedHost>
{
    public const string Name = "Embedded host";
}
