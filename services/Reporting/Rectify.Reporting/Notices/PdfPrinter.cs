using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Rectify.Reporting.Notices;

/// <summary>Chromium could not print: not installed, or it failed or timed out. A 503, not a bug in the request.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);

/// <summary>
/// PDF through headless Chromium's --print-to-pdf of the notice's HTML (the HTML's @page rule sets A4 and
/// the margins). The browser is RECTIFY_CHROMIUM, else Reporting:ChromiumPath, else /usr/bin/chromium.
/// </summary>
public sealed class PdfPrinter(IOptions<ReportingOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public string Browser => Environment.GetEnvironmentVariable("RECTIFY_CHROMIUM") is { Length: > 0 } env ? env
        : options.Value.ChromiumPath ?? "/usr/bin/chromium";

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        if (!File.Exists(Browser))
            throw new PdfUnavailableException($"Chromium is not installed at {Browser}; set RECTIFY_CHROMIUM.");
        var dir = Directory.CreateTempSubdirectory("rectify-pdf-").FullName;
        try
        {
            var input = Path.Combine(dir, "notice.html");
            var output = Path.Combine(dir, "notice.pdf");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(Browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(dir, "profile")}",
                $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
            })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await drain;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new PdfUnavailableException("Chromium did not finish printing within a minute.");
            }
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, ct)
                : throw new PdfUnavailableException($"Chromium exited with {process.ExitCode} without writing a PDF.");
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }
}
