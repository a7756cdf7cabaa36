using System.Net;
using System.Net.Http.Json;
using Rectify.Services.Tests.Support;
using static Rectify.Services.Tests.Reporting.FigureWorld;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// Anyone may ask for a published notice's PDF; with a stand-in Chromium that counts its starts and
/// prints only when the test lets it, the service prints each notice version once and caps the printers.
/// </summary>
public sealed class Printing_public_pdfs : IDisposable
{
    private readonly string _chromium = Directory.CreateTempSubdirectory("rectify-fake-chromium-").FullName;
    private readonly ReportingHost _host;

    public Printing_public_pdfs()
    {
        var script = Path.Combine(_chromium, "chromium");
        File.WriteAllText(script, $$"""
            #!/bin/sh
            for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done
            echo started >> "{{_chromium}}/starts"
            while [ ! -e "{{_chromium}}/release" ]; do sleep 0.05; done
            printf '%%PDF-1.4 stand-in\n' > "$out"
            """);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _host = new ReportingHost(null, TestProvider.Sqlite, ("Reporting:ChromiumPath", script), ("Reporting:MaxConcurrentPdfRenders", "1"), ("Reporting:MaxQueuedPdfRenders", "0"));
    }

    [Fact]
    public async Task Many_requests_for_one_notice_start_chromium_once()
    {
        await FeedAsync(_host);
        var notice = await PublishedNoticeAsync(IA);
        Release();

        var together = await Task.WhenAll(_host.Anonymous.GetAsync($"/public/notices/{notice}/pdf"), _host.Anonymous.GetAsync($"/public/notices/{notice}/pdf"));
        var later = await _host.Anonymous.GetAsync($"/public/notices/{notice}/pdf");

        Assert.All(together.Append(later), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.StartsWith("%PDF", await later.Content.ReadAsStringAsync());
        Assert.Equal(1, Starts());
    }

    [Fact]
    public async Task With_every_printer_busy_another_notice_gets_503_with_retry_after()
    {
        await FeedAsync(_host);
        var first = await PublishedNoticeAsync(IA);
        var second = await PublishedNoticeAsync(IB);

        var printing = _host.Anonymous.GetAsync($"/public/notices/{first}/pdf");
        await Eventually.HoldsAsync(() => Task.FromResult(Starts()), n => n == 1);
        var refused = await _host.Anonymous.GetAsync($"/public/notices/{second}/pdf");
        Release();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await printing).StatusCode);
    }

    [Fact]
    public async Task The_docx_and_pdf_are_named_by_the_title_encoded_once()
    {
        await FeedAsync(_host);
        var notice = await PublishedNoticeAsync(IA);
        Release();
        var title = (await _host.As("admin|*").GetFromJsonAsync<Titled>($"/api/reports/notices/{notice}"))!.Title;
        Assert.StartsWith("中共", title);

        foreach (var path in new[] { $"/api/reports/notices/{notice}", $"/public/notices/{notice}" })
            foreach (var format in new[] { "docx", "pdf" })
            {
                var file = await _host.As("admin|*").GetAsync($"{path}/{format}");
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
                Assert.Equal($"{title}.{format}", file.Content.Headers.ContentDisposition?.FileNameStar);
            }
    }

    private sealed record Titled(string Title);

    private async Task<Guid> PublishedNoticeAsync(Guid inspection)
    {
        var admin = _host.As("admin|*");
        var created = await admin.PostAsync($"/api/reports/inspections/{inspection}/notices", null);
        var id = (await created.Content.ReadFromJsonAsync<Notice>())!.Id;
        (await admin.PostAsync($"/api/reports/notices/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private sealed record Notice(Guid Id);

    private void Release() => File.WriteAllText(Path.Combine(_chromium, "release"), "");

    private int Starts() => File.Exists(Path.Combine(_chromium, "starts")) ? File.ReadAllLines(Path.Combine(_chromium, "starts")).Length : 0;

    public void Dispose()
    {
        Release();
        _host.Dispose();
        Directory.Delete(_chromium, recursive: true);
    }
}
