using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rectify.Web.Tests;

/// <summary>What the web host tells browsers, and how it keeps its cookie keys.</summary>
public class HardeningTests
{
    [Fact]
    public async Task Pages_forbid_framing_sniffing_and_full_referrers()
    {
        using var factory = new WebUiFactory();

        var response = await factory.Browser().GetAsync("/signin");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Behind_an_https_ingress_cookies_are_secure_and_hsts_is_sent_outside_development()
    {
        using var factory = new WebUiFactory(("environment", "Production"));
        var overTls = Client(factory);
        overTls.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var secure = await overTls.GetAsync("/signin");
        var plain = await Client(factory).GetAsync("/signin");

        Assert.All(secure.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age=", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task With_a_certificate_configured_the_cookie_keys_are_encrypted_at_rest()
    {
        var folder = Directory.CreateTempSubdirectory("rectify-web-cert").FullName;
        try
        {
            var pfx = Path.Combine(folder, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=rectify-web-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "pfx-pass"));
            }
            using var factory = new WebUiFactory(("DataProtection:CertificatePath", pfx), ("DataProtection:CertificatePassword", "pfx-pass"));

            await factory.Browser().GetAsync("/signin"); // the antiforgery token needs a key: it is created now

            var keys = Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys", "web"), "*.xml");
            Assert.NotEmpty(keys);
            Assert.All(keys, k =>
            {
                var xml = File.ReadAllText(k);
                Assert.Contains("EncryptedData", xml);
                Assert.DoesNotContain("unencrypted form", xml);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static HttpClient Client(WebUiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
}
