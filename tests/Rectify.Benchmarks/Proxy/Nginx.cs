using System.Diagnostics;

namespace Rectify.Benchmarks.Proxy;

/// <summary>
/// nginx (Debian's) as a plain reverse proxy to one upstream, with a keepalive pool to it, on a free loopback port:
/// its own config, pid, logs and temp folders in a folder of its own; in the foreground, stopped on dispose.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    private readonly Process _process;

    private Nginx(Process process, Uri url) => (_process, Url) = (process, url);

    public Uri Url { get; }

    /// <summary>The master and its workers (their CPU time is nginx's).</summary>
    public IEnumerable<int> ProcessIds => [_process.Id, .. ProcessCpu.ChildrenOf(_process.Id)];

    public static async Task<Nginx> StartAsync(string folder, Uri upstream, int workers)
    {
        Directory.CreateDirectory(folder);
        var port = Latency.ServiceSet.FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes {{workers}};
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream service {
                    server {{upstream.Host}}:{{upstream.Port}};
                    keepalive 64;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://service;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $remote_addr;
                    }
                }
            }
            """);
        var start = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", folder, "-c", config, "-g", "daemon off; user root;" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var nginx = new Nginx(process, new Uri($"http://127.0.0.1:{port}/"));
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            try
            {
                using var response = await probe.GetAsync(new Uri(nginx.Url, "alive"));
                if (response.IsSuccessStatusCode)
                    return nginx;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (watch.Elapsed > TimeSpan.FromSeconds(20))
                throw new TimeoutException("nginx did not answer within 20 s");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // QUIT: graceful stop of the master and its workers.
            Process.Start("kill", ["-QUIT", _process.Id.ToString()])?.WaitForExit();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }
}
