using System.Net.Sockets;
using System.Text;

namespace Rectify.Notifications.Sending.Smtp;

/// <summary>
/// One SMTP session (RFC 5321), kept open for many messages. Not thread-safe: the pool lends it to one
/// sender at a time. Once anything but a clean reply happens (I/O error, timeout, 421) it is
/// <see cref="Broken"/> and must be thrown away, since the dialogue may be out of step.
/// </summary>
public sealed class SmtpConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private Stream _stream;
    private StreamReader _reader;
    private HashSet<string> _extensions = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string> _auth = [];

    private SmtpConnection(TcpClient tcp, Stream stream)
    {
        _tcp = tcp;
        _stream = stream;
        _reader = new StreamReader(stream, Encoding.UTF8);
    }

    public bool Broken { get; private set; }
    /// <summary>Set once the message's final dot has been written: from then on the server may have accepted it.</summary>
    public bool Handed { get; private set; }
    public long IdleSince { get; set; }

    public static async Task<SmtpConnection> OpenAsync(SmtpEndpoint endpoint, CancellationToken ct, SmtpTrust? trust = null)
    {
        trust ??= SmtpTrust.System;
        var tcp = new TcpClient { NoDelay = true };
        SmtpConnection? connection = null;
        try
        {
            await tcp.ConnectAsync(endpoint.Host, endpoint.Port, ct);
            Stream stream = tcp.GetStream();
            if (endpoint.ImplicitTls)
                stream = await trust.UpgradeAsync(stream, endpoint, ct);
            connection = new SmtpConnection(tcp, stream);
            await connection.ExpectAsync(null, 220, ct);
            await connection.HelloAsync(ct);
            if (endpoint.StartTls)
            {
                if (!connection._extensions.Contains("STARTTLS"))
                    throw new InvalidOperationException($"{endpoint} does not offer STARTTLS.");
                await connection.ExpectAsync("STARTTLS", 220, ct);
                connection._stream = await trust.UpgradeAsync(connection._stream, endpoint, ct);
                connection._reader = new StreamReader(connection._stream, Encoding.UTF8);
                await connection.HelloAsync(ct); // RFC 3207: forget what was said before the upgrade.
            }
            if (endpoint.User is not null)
                await connection.AuthenticateAsync(endpoint.User, endpoint.Password ?? "", ct);
            return connection;
        }
        catch
        {
            if (connection is not null)
                await connection.DisposeAsync();
            else
                tcp.Dispose();
            throw;
        }
    }

    /// <summary>One transaction. A refused command leaves the session usable: the transaction is reset and the refusal thrown.</summary>
    public async Task SendAsync(string from, string to, byte[] message, bool reset, CancellationToken ct)
    {
        Handed = false;
        if (reset)
            await ExpectAsync("RSET", 250, ct);
        try
        {
            await ExpectAsync($"MAIL FROM:<{from}>", 250, ct);
            await ExpectAsync($"RCPT TO:<{to}>", 250, ct, orAlso: 251);
            await ExpectAsync("DATA", 354, ct);
            var stuffed = MailFormat.DotStuff(message);
            await WriteAsync(stuffed, ct);
            Handed = true;
            await ExpectAsync(stuffed.Length >= 2 && stuffed[^2] == '\r' && stuffed[^1] == '\n' ? ".\r\n" : "\r\n.\r\n", 250, ct, display: "end of DATA");
        }
        catch (SmtpReplyException) when (!Broken)
        {
            await ExpectAsync("RSET", 250, ct);
            throw;
        }
    }

    private async Task HelloAsync(CancellationToken ct)
    {
        var reply = await CommandAsync($"EHLO {ClientName()}", ct);
        if (reply.Code != 250)
            throw Refused(reply, "EHLO");
        _extensions = new HashSet<string>(reply.Lines.Skip(1).Select(l => l.Split(' ', 2)[0]), StringComparer.OrdinalIgnoreCase);
        _auth = reply.Lines.Skip(1).Where(l => l.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase))
            .SelectMany(l => l.Split(' ', '=').Skip(1)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private async Task AuthenticateAsync(string user, string password, CancellationToken ct)
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));
        if (_auth.Contains("PLAIN"))
        {
            await ExpectAsync($"AUTH PLAIN {B64($"\0{user}\0{password}")}", 235, ct, display: "AUTH PLAIN");
            return;
        }
        if (!_auth.Contains("LOGIN"))
            throw new InvalidOperationException("The SMTP server offers neither AUTH PLAIN nor AUTH LOGIN.");
        await ExpectAsync("AUTH LOGIN", 334, ct);
        await ExpectAsync(B64(user), 334, ct, display: "AUTH LOGIN user");
        await ExpectAsync(B64(password), 235, ct, display: "AUTH LOGIN password");
    }

    private async Task ExpectAsync(string? command, int code, CancellationToken ct, int orAlso = 0, string? display = null)
    {
        var reply = await CommandAsync(command, ct);
        if (reply.Code != code && reply.Code != orAlso)
            throw Refused(reply, display ?? command ?? "connect");
    }

    private SmtpReplyException Refused(Reply reply, string command)
    {
        if (reply.Code == 421) // the server is closing the session
            Broken = true;
        return new SmtpReplyException(reply.Code, command, string.Join(" ", reply.Lines));
    }

    private async Task<Reply> CommandAsync(string? command, CancellationToken ct)
    {
        try
        {
            if (command is not null)
                await WriteAsync(Encoding.UTF8.GetBytes(command.EndsWith('\n') ? command : command + "\r\n"), ct);
            var lines = new List<string>();
            while (true)
            {
                var line = await _reader.ReadLineAsync(ct) ?? throw new IOException("The SMTP server closed the connection.");
                if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), out var code))
                    throw new IOException($"Not an SMTP reply: {line}");
                lines.Add(line.Length > 4 ? line[4..] : "");
                if (line.Length == 3 || line[3] != '-')
                    return new Reply(code, lines);
            }
        }
        catch
        {
            Broken = true;
            throw;
        }
    }

    private async Task WriteAsync(byte[] bytes, CancellationToken ct)
    {
        await _stream.WriteAsync(bytes, ct);
        await _stream.FlushAsync(ct);
    }

    private static string ClientName()
    {
        var name = System.Net.Dns.GetHostName();
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') ? name : "localhost";
    }

    /// <summary>QUIT when the session is healthy (bounded wait), then close.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!Broken)
        {
            try
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await CommandAsync("QUIT", quit.Token);
            }
            catch (Exception)
            {
                // Closing anyway.
            }
        }
        Broken = true;
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }

    private sealed record Reply(int Code, List<string> Lines);
}
