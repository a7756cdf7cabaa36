using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rectify.Services.Tests.Notifications;

/// <summary>A local HTTP endpoint standing in for a webhook or a group robot: records every request, can fail the first few.</summary>
public sealed class WebhookReceiver : IDisposable
{
    public sealed record Request(string Path, string Query, Dictionary<string, string> Headers, string Body);

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private int _failuresLeft;

    public WebhookReceiver(int failFirst = 0)
    {
        _failuresLeft = failFirst;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Set: every request is answered 302 to this address instead.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>Set: successful answers carry this body (and status) instead of the robots' <c>{"errcode":0}</c>.</summary>
    public (int Status, string Body)? Answer { get; set; }

    /// <summary>Answers the next <paramref name="count"/> requests with 500 (0: succeed from now on).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);
    public ConcurrentQueue<Request> Requests { get; } = new();

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!);
            Requests.Enqueue(new Request(context.Request.Url!.AbsolutePath, context.Request.Url.Query, headers, body));
            var fail = Interlocked.Decrement(ref _failuresLeft) >= 0;
            if (RedirectTo is { } location)
            {
                context.Response.StatusCode = 302;
                context.Response.RedirectLocation = location;
                context.Response.Close();
                continue;
            }
            var (status, text) = fail ? (500, "boom") : Answer ?? (200, """{"errcode":0,"errmsg":"ok"}""");
            context.Response.StatusCode = status;
            var answer = Encoding.UTF8.GetBytes(text);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
