using System.Collections.Concurrent;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Sending.Smtp;

namespace Rectify.Notifications.Sending;

/// <summary>SMTP settings (<c>Notifications:Smtp</c>): <c>Url</c> (see <see cref="SmtpEndpoint"/>), <c>From</c>, the pool's size and idle limit.</summary>
public sealed class SmtpOptions
{
    public string? Url { get; set; }
    public string From { get; set; } = "rectify@localhost";
    /// <summary>Per message (connecting included): a server that stops answering fails the attempt instead of holding it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Open sessions at most; sends beyond it wait for one. Small, as servers limit connections per client.</summary>
    public int Connections { get; set; } = 4;
    /// <summary>An idle session older than this is closed rather than reused (servers drop idle clients after about a minute).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>A PEM file of the private CA (or self-signed certificate) the server's TLS certificate must chain to; unset: the system's trust store.</summary>
    public string? TrustedCertificates { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Url);
}

public interface IEmailSender
{
    bool Configured { get; }
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

/// <summary>
/// Plain-text UTF-8 mail over a small pool of kept-open SMTP sessions (MailKit's encoded-words break RFC 2047's
/// 75-character limit: docs/decisions/0012, and System.Net.Mail opens and closes a connection per message: at ~20 ms each against maildev that capped
/// delivery below 50/s). A pooled session the server has since closed is replaced once, but only while
/// nothing of the message was handed over, so a reminder is never sent twice by this retry; anything
/// else (an SMTP refusal with its code, a timeout) goes to the dispatcher, whose backoff retries.
/// </summary>
public sealed class SmtpEmailSender : IEmailSender, IAsyncDisposable
{
    private readonly SmtpOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<SmtpConnection> _idle = new(); // LIFO: busy times keep a few hot, the rest age out
    private readonly Lazy<(SmtpEndpoint Endpoint, MailAddress From, SmtpTrust Trust)> _settings;

    public SmtpEmailSender(IOptions<SmtpOptions> options, TimeProvider? time = null)
    {
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _slots = new SemaphoreSlim(Math.Max(1, _options.Connections));
        _settings = new(() => (
            SmtpEndpoint.Parse(_options.Url ?? throw new InvalidOperationException("Notifications:Smtp:Url is not set.")),
            new MailAddress(_options.From),
            string.IsNullOrWhiteSpace(_options.TrustedCertificates) ? SmtpTrust.System : SmtpTrust.FromPemFile(_options.TrustedCertificates)));
    }

    public bool Configured => _options.Configured;

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var (endpoint, from, trust) = _settings.Value;
        var recipient = new MailAddress(to);
        var message = MailFormat.Build(from, recipient, subject, body, _time.GetLocalNow(), $"{Guid.NewGuid():N}@{from.Host}");

        await _slots.WaitAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        SmtpConnection? connection = null;
        try
        {
            connection = TakeIdle();
            if (connection is not null)
            {
                try
                {
                    await connection.SendAsync(from.Address, recipient.Address, message, reset: true, timeout.Token);
                    return;
                }
                catch (Exception) when (connection.Broken && !connection.Handed && !timeout.IsCancellationRequested)
                {
                    await connection.DisposeAsync();
                    connection = null;
                }
            }
            connection = await SmtpConnection.OpenAsync(endpoint, timeout.Token, trust);
            await connection.SendAsync(from.Address, recipient.Address, message, reset: false, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{endpoint} did not complete the message within {_options.Timeout.TotalSeconds:0} s.");
        }
        finally
        {
            if (connection is { Broken: false })
            {
                connection.IdleSince = Environment.TickCount64;
                _idle.Push(connection);
            }
            else if (connection is not null)
                await connection.DisposeAsync();
            _slots.Release();
        }
    }

    private SmtpConnection? TakeIdle()
    {
        while (_idle.TryPop(out var connection))
        {
            // Real time, not the injected clock: this is about the socket.
            if (Environment.TickCount64 - connection.IdleSince < _options.IdleTimeout.TotalMilliseconds)
                return connection;
            // Fire and forget: QUIT is bounded and a late one harms nobody.
            _ = connection.DisposeAsync().AsTask();
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryPop(out var connection))
            await connection.DisposeAsync();
    }
}
