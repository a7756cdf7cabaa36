using Microsoft.Extensions.Options;
using Rectify.Notifications.Sending;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// The STARTTLS path (<c>smtp://…?starttls=true</c>) against <see cref="StartTlsServer"/>, since maildev 2.x
/// cannot offer STARTTLS: upgrade first, AUTH only inside TLS, and no silent fallback to plain text.
/// </summary>
public sealed class SmtpStartTls
{
    private static SmtpEmailSender Sender(string url, string trusted) => new(Options.Create(new SmtpOptions
    {
        Url = url, From = "rectify@example.test", TrustedCertificates = trusted, Timeout = TimeSpan.FromSeconds(20),
    }));

    [Fact]
    public async Task Upgrades_with_STARTTLS_then_authenticates_inside_TLS()
    {
        await using var server = new StartTlsServer("rectify", "p@ss:word");
        await using (var sender = Sender($"smtp://rectify:{Uri.EscapeDataString("p@ss:word")}@localhost:{server.Port}?starttls=true", server.CertificateFile))
            await sender.SendAsync("leader@example.test", "整改提醒", "正文", CancellationToken.None);

        var (data, tls, authenticated) = Assert.Single(server.Received);
        Assert.True(tls && authenticated);
        Assert.Equal(0, server.AuthBeforeTls);
        Assert.Contains("To: <leader@example.test>", data);
    }

    [Fact]
    public async Task A_server_that_does_not_offer_STARTTLS_gets_neither_the_password_nor_the_message()
    {
        await using var server = new StartTlsServer("rectify", "secret", offerStartTls: false);
        await using (var sender = Sender($"smtp://rectify:secret@localhost:{server.Port}?starttls=true", server.CertificateFile))
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync("leader@example.test", "整改提醒", "正文", CancellationToken.None));
            Assert.Contains("does not offer STARTTLS", refused.Message);
        }
        Assert.Empty(server.Received);
        Assert.Equal(0, server.AuthBeforeTls);
    }
}
