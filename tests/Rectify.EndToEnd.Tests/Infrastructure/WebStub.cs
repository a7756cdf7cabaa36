using System.Net;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Stands in for the web UI behind the gateway's "web" cluster: the gateway is only ready when
/// every cluster has a destination passing its active health check, and the suite does not need
/// the real UI. Answers 200 to everything.
/// </summary>
public sealed class WebStub : IDisposable
{
    private readonly HttpListener _listener = new();

    public WebStub(int port)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "text/plain";
                await context.Response.OutputStream.WriteAsync("Healthy"u8.ToArray());
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
            {
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _listener.Stop();
            _listener.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
