using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// A minimal SMTP server for the STARTTLS path, which maildev 2.x cannot offer: it advertises STARTTLS
/// (unless told not to), upgrades with a throwaway self-signed certificate for localhost, and like real
/// submission servers refuses AUTH (530) before TLS. It keeps what it received for the test to read.
/// </summary>
public sealed class StartTlsServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 _certificate;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly bool _offerStartTls;

    public StartTlsServer(string user, string password, bool offerStartTls = true)
    {
        (User, Password, _offerStartTls) = (user, password, offerStartTls);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Round trip through PKCS#12: on Linux SslStream wants a certificate whose key it can export to OpenSSL.
        _certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        CertificateFile = Path.Combine(Path.GetTempPath(), $"rectify-starttls-{Guid.NewGuid():N}.pem");
        File.WriteAllText(CertificateFile, _certificate.ExportCertificatePem());
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string User { get; }
    public string Password { get; }
    public string CertificateFile { get; }
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    /// <summary>Each received message with whether the session was encrypted and authenticated when it came.</summary>
    public ConcurrentQueue<(string Data, bool Tls, bool Authenticated)> Received { get; } = new();
    /// <summary>AUTH attempts made before TLS: a client that does this leaks the password.</summary>
    public int AuthBeforeTls;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        Stream stream = client.GetStream();
        var (tls, authenticated) = (false, false);
        try
        {
            var reader = new StreamReader(stream, Encoding.ASCII);
            await Say(stream, "220 localhost test ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await Say(stream, tls ? "250-localhost\r\n250 AUTH PLAIN" : _offerStartTls ? "250-localhost\r\n250 STARTTLS" : "250-localhost\r\n250 AUTH PLAIN");
                        break;
                    case "STARTTLS" when !tls && _offerStartTls:
                        await Say(stream, "220 go ahead");
                        var secure = new SslStream(stream, leaveInnerStreamOpen: false);
                        await secure.AuthenticateAsServerAsync(_certificate);
                        (stream, tls) = (secure, true);
                        reader = new StreamReader(stream, Encoding.ASCII); // nothing read before the upgrade is kept (RFC 3207)
                        break;
                    case "AUTH" when !tls:
                        Interlocked.Increment(ref AuthBeforeTls);
                        await Say(stream, "530 Must issue a STARTTLS command first");
                        break;
                    case "AUTH":
                        var plain = Encoding.UTF8.GetString(Convert.FromBase64String(line.Split(' ')[2])).Split('\0');
                        authenticated = plain[1] == User && plain[2] == Password;
                        await Say(stream, authenticated ? "235 ok" : "535 authentication failed");
                        break;
                    case "MAIL" or "RCPT" or "RSET":
                        await Say(stream, "250 ok");
                        break;
                    case "DATA":
                        await Say(stream, "354 go on");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } body && body != ".")
                            data.AppendLine(body);
                        Received.Enqueue((data.ToString(), tls, authenticated));
                        await Say(stream, "250 queued");
                        break;
                    case "QUIT":
                        await Say(stream, "221 bye");
                        return;
                    default:
                        await Say(stream, "502 not here");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
        {
            // The client went away or refused the certificate: that session is over.
        }
    }

    private static async Task Say(Stream stream, string reply)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"));
        await stream.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _certificate.Dispose();
        File.Delete(CertificateFile);
    }
}
