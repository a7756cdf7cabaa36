using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Rectify.Notifications.Sending;

/// <summary>SMTP settings (<c>Notifications:Smtp</c>): <c>Url</c> smtp://[user:password@]host:port (smtps:// for TLS), <c>From</c>.</summary>
public sealed class SmtpOptions
{
    public string? Url { get; set; }
    public string From { get; set; } = "rectify@localhost";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Configured => !string.IsNullOrWhiteSpace(Url);
}

public interface IEmailSender
{
    bool Configured { get; }
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

/// <summary>
/// Plain-text UTF-8 mail through System.Net.Mail (MailKit does not restore here). A client per message:
/// SmtpClient is not thread-safe, and the sweeper sends several reminders at once.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public bool Configured => options.Value.Configured;

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var settings = options.Value;
        var url = new Uri(settings.Url ?? throw new InvalidOperationException("Notifications:Smtp:Url is not set."));
        using var client = new SmtpClient(url.Host, url.IsDefaultPort ? 25 : url.Port)
        {
            EnableSsl = url.Scheme == "smtps",
            Timeout = (int)settings.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (url.UserInfo is { Length: > 0 } userInfo)
        {
            var parts = userInfo.Split(':', 2);
            client.Credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
        }
        using var message = new MailMessage(settings.From, to, subject, body)
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        await client.SendMailAsync(message, ct);
    }
}
