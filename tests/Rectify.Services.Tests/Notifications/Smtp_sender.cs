using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Sending;
using Rectify.Notifications.Sending.Smtp;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The pooled SMTP sender against a scripted server: encoding, dot-stuffing, refusals, dropped sessions.</summary>
public sealed class Smtp_sender : IDisposable
{
    private readonly FakeSmtpServer _server = new();

    private SmtpEmailSender Sender(int connections = 1) =>
        new(Options.Create(new SmtpOptions { Url = _server.Url, From = "rectify@rectify.test", Connections = connections, Timeout = TimeSpan.FromSeconds(10) }));

    [Fact]
    public void Dot_stuffing_doubles_a_leading_dot_on_every_line()
    {
        var stuffed = MailFormat.DotStuff(Encoding.ASCII.GetBytes(".first\r\nmiddle.\r\n.\r\n..two\r\n"));
        Assert.Equal("..first\r\nmiddle.\r\n..\r\n...two\r\n", Encoding.ASCII.GetString(stuffed));
    }

    [Fact]
    public void Headers_are_RFC_2047_encoded_words_that_decode_back_and_never_split_a_character()
    {
        var subject = "【整改提醒】县科技局党组 整改方案距截止还有5个工作日，请于2024年10月10日前办结 🚩";
        var encoded = MailFormat.EncodeHeader(subject);
        var words = encoded.Split("\r\n ");
        Assert.True(words.Length > 1);
        Assert.All(words, w => Assert.Matches("^=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]+\\?=$", w));
        Assert.All(words, w => Assert.True(w.Length <= 75));
        var decoded = words.Select(w => Encoding.UTF8.GetString(Convert.FromBase64String(w[10..^2]))).ToList();
        Assert.DoesNotContain(decoded, d => d.Contains('\uFFFD'));
        Assert.Equal(subject, string.Concat(decoded));

        Assert.Equal("Plain ASCII", MailFormat.EncodeHeader("Plain ASCII"));
        Assert.Equal("a  Bcc: x@y", MailFormat.EncodeHeader("a\r\nBcc: x@y")); // no header injection
    }

    [Fact]
    public async Task A_message_goes_over_the_wire_stuffed_with_encoded_headers_and_a_base64_UTF8_body()
    {
        await using var sender = Sender();
        await sender.SendAsync("王联络 <wang@rectify.test>", "【整改提醒】整改方案", ".开头的一行\n第二行", CancellationToken.None);

        var data = Assert.Single(_server.Messages);
        Assert.Contains("Subject: =?UTF-8?B?", data);
        Assert.Contains("To: =?UTF-8?B?", data);
        Assert.Contains("<wang@rectify.test>", data);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", data);
        var body = data[(data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("\r\n", "");
        Assert.Equal(".开头的一行\n第二行", Encoding.UTF8.GetString(Convert.FromBase64String(body)));
        Assert.Contains("MAIL FROM:<rectify@rectify.test>", _server.Commands);
        Assert.Contains("RCPT TO:<wang@rectify.test>", _server.Commands);
    }

    [Fact]
    public async Task A_refusal_surfaces_its_reply_code_and_the_session_stays_usable()
    {
        _server.Reply = line => line == "RCPT TO:<nobody@rectify.test>" ? "550 5.1.1 mailbox unavailable" : null;
        await using var sender = Sender();

        var error = await Assert.ThrowsAsync<SmtpReplyException>(() => sender.SendAsync("nobody@rectify.test", "s", "b", CancellationToken.None));
        Assert.Equal(550, error.Code);
        Assert.Contains("550 after RCPT TO:<nobody@rectify.test>: 5.1.1 mailbox unavailable", error.Message);

        await sender.SendAsync("somebody@rectify.test", "s", "b", CancellationToken.None);
        Assert.Single(_server.Messages);
        Assert.Equal(1, _server.Sessions);
        Assert.Contains("RSET", _server.Commands);
    }

    [Fact]
    public async Task Sessions_are_reused_and_a_dropped_one_is_replaced_without_losing_or_repeating_a_message()
    {
        _server.DropAfterMessages = 2;
        await using var sender = Sender();
        for (var i = 0; i < 5; i++)
            await sender.SendAsync($"p{i}@rectify.test", $"s{i}", "b", CancellationToken.None);

        Assert.Equal(5, _server.Messages.Count);
        Assert.Equal(3, _server.Sessions); // 2 + 2 + 1: reused until the server hung up, then a new one
        Assert.Equal(5, _server.Commands.Count(c => c.StartsWith("RCPT TO:"))); // the stale session failed at RSET, before any of the message
    }

    [Fact]
    public async Task A_server_closing_with_421_fails_the_attempt_with_its_code()
    {
        _server.Reply = line => line.StartsWith("MAIL FROM") ? "421 4.3.2 shutting down" : null;
        await using var sender = Sender();
        var error = await Assert.ThrowsAsync<SmtpReplyException>(() => sender.SendAsync("p@rectify.test", "s", "b", CancellationToken.None));
        Assert.Equal(421, error.Code);
        Assert.True(error.Transient);
    }

    public void Dispose() => _server.Dispose();
}
