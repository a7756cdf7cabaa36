using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Rectify.Notifications.Sending.Smtp;

/// <summary>
/// Which server certificates a TLS session (implicit or STARTTLS) accepts. By default the operating system's
/// trust store, as for any public mail server. An agency's own mail server often carries a certificate from a
/// private CA instead: <c>Notifications:Smtp:TrustedCertificates</c> names a PEM file with that CA (or the
/// server's self-signed certificate), and then only chains ending there are accepted. The host name is
/// checked either way, and nothing is ever accepted without a check.
/// </summary>
public sealed class SmtpTrust
{
    private readonly X509Certificate2Collection? _roots;

    private SmtpTrust(X509Certificate2Collection? roots) => _roots = roots;

    public static SmtpTrust System { get; } = new(null);

    /// <summary>Trust exactly the certificates in this PEM file (a private CA, or a self-signed server certificate).</summary>
    public static SmtpTrust FromPemFile(string path)
    {
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"Notifications:Smtp:TrustedCertificates: cannot read certificates from {path}: {ex.Message}", ex);
        }
        if (roots.Count == 0)
            throw new InvalidOperationException($"Notifications:Smtp:TrustedCertificates: {path} holds no PEM certificate.");
        return new SmtpTrust(roots);
    }

    public async Task<Stream> UpgradeAsync(Stream inner, SmtpEndpoint endpoint, CancellationToken ct)
    {
        var options = new SslClientAuthenticationOptions { TargetHost = endpoint.Host };
        if (_roots is not null)
        {
            options.CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                // A private CA seldom publishes revocation lists the notifications host could reach.
                RevocationMode = X509RevocationMode.NoCheck,
            };
            options.CertificateChainPolicy.CustomTrustStore.AddRange(_roots);
        }
        var tls = new SslStream(inner, leaveInnerStreamOpen: false);
        try
        {
            await tls.AuthenticateAsClientAsync(options, ct);
            return tls;
        }
        catch (AuthenticationException ex)
        {
            await tls.DisposeAsync();
            // The delivery log shows this message: say what to do, not only what the TLS stack saw.
            throw new AuthenticationException(
                $"TLS with {endpoint} failed: {ex.Message} " +
                (_roots is null
                    ? "If the server's certificate comes from a private CA, trust that CA with Notifications:Smtp:TrustedCertificates (a PEM file)."
                    : "The certificate does not chain to Notifications:Smtp:TrustedCertificates, or it is not issued for this host name."), ex);
        }
    }
}
