using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// A second maildev of its own for the TLS tests: implicit TLS (maildev 2.x cannot offer STARTTLS: it hides
/// and disables it) with AUTH required, on free ports, with a throwaway self-signed certificate for
/// localhost/127.0.0.1. Started once for the test class and stopped (its own process only) afterwards.
/// maildev is found through RECTIFY_MAILDEV_BIN (tools/scripts/maildev.sh exports it) or in
/// .rectify/tools above the test folder, where ./rectify test installs it.
/// </summary>
public sealed class SecureMaildev : IAsyncLifetime
{
    public const string User = "rectify", Password = "s3cret-pass";

    private readonly string _folder = Directory.CreateTempSubdirectory("rectify-maildev-tls-").FullName;
    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;
    private string _bin = "";
    private int _webPort;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public int SmtpPort { get; private set; }
    public Uri Api { get; private set; } = null!;
    /// <summary>The server's certificate as PEM: the file to name in Notifications:Smtp:TrustedCertificates.</summary>
    public string CertificateFile => Path.Combine(_folder, "cert.pem");

    public string Url(string user = User, string password = Password) =>
        $"smtps://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@localhost:{SmtpPort}";

    public async Task InitializeAsync()
    {
        _bin = FindMaildev() ?? throw new InvalidOperationException(
            "maildev is not installed: run ./rectify test once (it installs it into .rectify/tools), or set RECTIFY_MAILDEV_BIN.");
        WriteCertificate();
        SmtpPort = FreePort();
        _webPort = FreePort();
        Api = new Uri($"http://127.0.0.1:{_webPort}");
        await EnsureRunningAsync();
    }

    /// <summary>
    /// Starts maildev again if it died: maildev 2.2.1 crashes ("Socket closed while initiating TLS") whenever
    /// a client gives up during the TLS handshake, which is exactly what refusing its certificate does.
    /// Same ports, certificate and mail folder (maildev reloads the folder at start).
    /// </summary>
    public async Task EnsureRunningAsync()
    {
        if (_process is { HasExited: false })
            return;
        _process?.Dispose();
        lock (_output) _output.Clear();
        var start = new ProcessStartInfo(_bin)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "--ip", "127.0.0.1", "--smtp", SmtpPort.ToString(), "--web", _webPort.ToString(),
                "--mail-directory", Path.Combine(_folder, "mail"),
                "--incoming-secure", "--incoming-cert", CertificateFile, "--incoming-key", Path.Combine(_folder, "key.pem"),
                "--incoming-user", User, "--incoming-pass", Password,
            },
        };
        _process = Process.Start(start)!;
        // Kept for the failure message: maildev says why it could not start (a bad certificate, a taken port).
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        // Readiness from its own words, not a probe: a bare TCP connect to the TLS port would crash it (see above).
        while (!(Output.Contains("SMTP Server running") && await Listening(_webPort)))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"maildev ({_bin}) exited at start with code {_process.ExitCode}: {Output}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"maildev did not listen within 30 s: {Output}");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private void WriteCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        File.WriteAllText(CertificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
    }

    private static string? FindMaildev()
    {
        if (Environment.GetEnvironmentVariable("RECTIFY_MAILDEV_BIN") is { Length: > 0 } set && File.Exists(set))
            return set;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, ".rectify", "tools", "node_modules", ".bin", "maildev");
            if (File.Exists(bin))
                return bin;
        }
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
