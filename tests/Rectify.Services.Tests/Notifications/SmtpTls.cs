using System.Net.Http.Json;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Sending;
using Rectify.Notifications.Sending.Smtp;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// The own SMTP client against a real server with TLS from the first byte (smtps) and AUTH required:
/// the message arrives, a private certificate is trusted only when configured, a wrong password is a
/// clear entry in the delivery log. (maildev cannot do STARTTLS, so that path is not exercised here.)
/// </summary>
public sealed class SmtpTls(SecureMaildev maildev) : IClassFixture<SecureMaildev>
{
    private SmtpEmailSender Sender(string url, string? trusted) => new(Options.Create(new SmtpOptions
    {
        Url = url, From = "rectify@example.test", TrustedCertificates = trusted, Timeout = TimeSpan.FromSeconds(20),
    }));

    [Fact]
    public async Task Mail_goes_over_implicit_TLS_with_AUTH_when_the_private_certificate_is_trusted()
    {
        var to = $"tls-{Guid.NewGuid():N}@example.test";
        await maildev.EnsureRunningAsync();
        await using (var sender = Sender(maildev.Url(), maildev.CertificateFile))
        {
            await sender.SendAsync(to, "整改提醒：TLS", "距截止还有5个工作日", CancellationToken.None);
            await sender.SendAsync(to, "整改提醒：第二封", "同一会话再发一封", CancellationToken.None); // on the kept-open TLS session
        }

        var mail = await MailToAsync(to, 2);
        Assert.Equal(new[] { "整改提醒：TLS", "整改提醒：第二封" }.Order(), mail.Select(m => m.GetProperty("subject").GetString()!).Order());
        Assert.Contains("距截止还有5个工作日", mail.Single(m => m.GetProperty("subject").GetString() == "整改提醒：TLS").GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused_unless_its_CA_is_configured()
    {
        var to = $"untrusted-{Guid.NewGuid():N}@example.test";
        await maildev.EnsureRunningAsync();
        await using (var sender = Sender(maildev.Url(), trusted: null))
        {
            var refused = await Assert.ThrowsAsync<AuthenticationException>(() => sender.SendAsync(to, "不应送达", "x", CancellationToken.None));
            Assert.Contains("Notifications:Smtp:TrustedCertificates", refused.Message);
        }
        await maildev.EnsureRunningAsync();

        // Trusting some other CA is no better: only chains ending at the configured certificates count.
        var otherCa = Path.Combine(Path.GetTempPath(), $"rectify-other-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(otherCa, OtherSelfSigned());
        try
        {
            await using var sender = Sender(maildev.Url(), otherCa);
            await Assert.ThrowsAsync<AuthenticationException>(() => sender.SendAsync(to, "不应送达", "x", CancellationToken.None));
        }
        finally
        {
            File.Delete(otherCa);
        }

        // A marker over a trusted session, sent after both refusals ended: a wrongly accepted message would be stored before it.
        await maildev.EnsureRunningAsync();
        await using (var trusted = Sender(maildev.Url(), maildev.CertificateFile))
            await trusted.SendAsync(to, "标记", "x", CancellationToken.None);
        Assert.Equal(["标记"], (await MailToAsync(to, 1)).Select(m => m.GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task A_wrong_password_fails_with_the_server_reply_in_the_delivery_log()
    {
        await maildev.EnsureRunningAsync();
        using var host = new NotificationsHost(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero), settings: new Dictionary<string, string>
        {
            ["Notifications:Smtp:Url"] = maildev.Url(password: "wrong"),
            ["Notifications:Smtp:TrustedCertificates"] = maildev.CertificateFile,
        });
        var (unit, coordinator, _, _) = await host.UnitWithPeopleAsync("县审计局党组");
        await host.PublishAsync(NotificationsHost.DueDates(Guid.NewGuid(), unit, 2, new(2024, 9, 1), new(2024, 10, 10), new(2024, 11, 29), new(2024, 12, 30)));

        host.SetLocal(2024, 9, 20, 9, 0);
        await host.SweepAllAsync();

        var office = host.As(coordinator, $"{RectifyRoles.UnitCoordinator}|u:{unit}");
        var log = await office.GetFromJsonAsync<List<DeliveryRow>>($"/api/notifications/deliveries?unitId={unit}");
        var email = Assert.Single(log!, d => d.Channel == "email");
        Assert.Equal(("pending", 1), (email.State, email.Attempts)); // retried later with backoff, like any failed send
        Assert.StartsWith("SMTP 535 after AUTH PLAIN:", email.LastError);
        Assert.DoesNotContain("wrong", email.LastError); // the password never reaches the log
    }

    private Task<List<JsonElement>> MailToAsync(string address, int expected) =>
        Maildev.MailToAsync(maildev.Api, address, expected, within: TimeSpan.FromSeconds(expected == 0 ? 0 : 20));

    private static string OtherSelfSigned()
    {
        using var key = ECDsa.Create();
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.ExportCertificatePem();
    }

    private sealed record DeliveryRow(long Id, long ScheduleId, string Channel, string State, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError);
}
