using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Rectify.ServiceDefaults.Data;

namespace Rectify.Reporting.Notices;

/// <summary>Chromium could not print: not installed, or it failed or timed out. A 503, not a bug in the request.</summary>
public class PdfUnavailableException(string message) : Exception(message);

/// <summary>Every Chromium is busy and the queue is full: a 503 the client should retry later.</summary>
public sealed class PdfBusyException() : PdfUnavailableException("Every PDF printer is busy; retry shortly.")
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);
}

/// <summary>
/// PDF through headless Chromium's --print-to-pdf of the notice's HTML (the HTML's @page rule sets A4 and
/// the margins). The browser is Reporting:ChromiumPath, else RECTIFY_CHROMIUM, else /usr/bin/chromium.
/// Anyone may ask for a published notice's PDF, so each distinct HTML (a notice version) is printed once
/// and kept in the data folder, the same HTML asked for twice at once is printed once, and only a few
/// Chromiums run at a time with a short queue behind them.
/// </summary>
public sealed class PdfPrinter(IOptions<ReportingOptions> options, IConfiguration configuration)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _printers = new(Math.Max(1, options.Value.MaxConcurrentPdfRenders));
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _printing = new();
    private readonly string _cache = Path.Combine(DataDirectory.Resolve(configuration), "reporting", "pdf-cache");
    private int _waiting;

    public string Browser => options.Value.ChromiumPath is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable("RECTIFY_CHROMIUM") is { Length: > 0 } env ? env
        : "/usr/bin/chromium";

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html))).ToLowerInvariant();
        var cached = Path.Combine(_cache, key + ".pdf");
        if (File.Exists(cached))
            return await File.ReadAllBytesAsync(cached, ct);
        // The print is shared by everyone asking for the same HTML, so it runs without any one caller's token.
        var print = _printing.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(() => PrintOnceAsync(key, html, cached)));
        return await print.Value.WaitAsync(ct);
    }

    private async Task<byte[]> PrintOnceAsync(string key, string html, string cached)
    {
        try
        {
            if (Interlocked.Increment(ref _waiting) > options.Value.MaxConcurrentPdfRenders + options.Value.MaxQueuedPdfRenders)
                throw new PdfBusyException();
            await _printers.WaitAsync();
            try
            {
                var pdf = await ChromiumAsync(html);
                Directory.CreateDirectory(_cache);
                var partial = cached + "." + Guid.NewGuid().ToString("N");
                await File.WriteAllBytesAsync(partial, pdf);
                File.Move(partial, cached, overwrite: true);
                return pdf;
            }
            finally
            {
                _printers.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
            _printing.TryRemove(key, out _);
        }
    }

    private async Task<byte[]> ChromiumAsync(string html)
    {
        if (!File.Exists(Browser))
            throw new PdfUnavailableException($"Chromium is not installed at {Browser}; set RECTIFY_CHROMIUM.");
        var dir = Directory.CreateTempSubdirectory("rectify-pdf-").FullName;
        try
        {
            var input = Path.Combine(dir, "notice.html");
            var output = Path.Combine(dir, "notice.pdf");
            await File.WriteAllTextAsync(input, html);
            var start = new ProcessStartInfo(Browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(dir, "profile")}",
                $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
            })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium did not start.");
            using var timeout = new CancellationTokenSource(Timeout);
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await drain;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new PdfUnavailableException("Chromium did not finish printing within a minute.");
            }
            return File.Exists(output) ? await File.ReadAllBytesAsync(output)
                : throw new PdfUnavailableException($"Chromium exited with {process.ExitCode} without writing a PDF.");
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }
}
