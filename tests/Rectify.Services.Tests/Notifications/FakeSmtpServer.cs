using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// A scripted SMTP server on a loopback port: records each session's commands and DATA as received
/// (still dot-stuffed), answers 250 unless <see cref="Reply"/> says otherwise, and can drop a session.
/// </summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public FakeSmtpServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"smtp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
    public int Sessions;
    public ConcurrentQueue<string> Commands { get; } = new();
    public ConcurrentQueue<string> Messages { get; } = new();
    /// <summary>Answer for a command (e.g. "RCPT TO:&lt;x&gt;" → "550 5.1.1 no such user"); null for the default.</summary>
    public Func<string, string?> Reply { get; set; } = _ => null;
    /// <summary>Close the session right after accepting this many messages in it.</summary>
    public int DropAfterMessages { get; set; } = int.MaxValue;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            Interlocked.Increment(ref Sessions);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.UTF8);
        async Task Say(string text) => await stream.WriteAsync(Encoding.UTF8.GetBytes(text + "\r\n"), _stop.Token);
        try
        {
            await Say("220 fake ESMTP");
            var accepted = 0;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                Commands.Enqueue(line);
                if (Reply(line) is { } custom)
                {
                    await Say(custom);
                    continue;
                }
                if (line.StartsWith("EHLO"))
                    await Say("250-fake\r\n250-8BITMIME\r\n250 SIZE 1000000");
                else if (line == "DATA")
                {
                    await Say("354 go ahead");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        data.Append(dataLine).Append("\r\n");
                    Messages.Enqueue(data.ToString());
                    await Say("250 queued");
                    if (++accepted >= DropAfterMessages)
                        return;
                }
                else if (line == "QUIT")
                {
                    await Say("221 bye");
                    return;
                }
                else
                    await Say("250 ok");
            }
        }
        catch (Exception)
        {
            // The client went away.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
