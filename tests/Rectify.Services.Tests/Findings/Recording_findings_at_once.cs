using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Rectify.Services.Tests.Findings;

/// <summary>Several people of the office recording findings under one inspection at the same moment.</summary>
public sealed class Recording_findings_at_once : IDisposable
{
    private const int Writers = 12;
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task Every_finding_is_accepted_and_stored_with_its_own_position_and_events_in_version_order()
    {
        var (office, id) = await _host.InspectionAsync("县科技局党组", "/p/fz/tj/");
        var clients = Enumerable.Range(0, Writers).Select(_ => _host.As(FindingsHost.FuzhouOffice)).ToList();

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.PostAsJsonAsync($"/api/findings/inspections/{id}/findings", new { level = 1, ordinal = $"{i + 1}", title = $"第{i + 1}个方面的问题" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var stored = await _host.Db(db => db.Findings.Where(f => f.InspectionId == id).ToListAsync());
        Assert.Equal(Writers, stored.Count);
        Assert.Equal(Enumerable.Range(1, Writers), stored.Select(f => f.Position).Order());
        var events = await _host.Db(db => db.OutboxMessages.Where(m => m.AggregateKey == $"inspection:{id}").OrderBy(m => m.Id)
            .Select(m => new { m.MessageType, m.Body }).ToListAsync());
        var versions = events.Select(e => JsonDocument.Parse(e.Body).RootElement.GetProperty("meta").GetProperty("version").GetInt64()).ToList();
        Assert.Equal(versions.Order().Distinct(), versions); // strictly increasing in write order
        Assert.Equal(Writers, events.Count(e => e.MessageType.EndsWith(".FindingRecorded", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Different_findings_revised_at_once_are_all_accepted()
    {
        var (office, id) = await _host.InspectionAsync("县科技局党组", "/p/fz/tj/");
        var findings = new List<Guid>();
        for (var i = 0; i < 6; i++)
            findings.Add(await FindingsHost.RecordAsync(office, id, null, 1, $"{i + 1}", $"第{i + 1}个方面的问题"));

        var responses = await Task.WhenAll(findings.Select((f, i) => _host.As(FindingsHost.FuzhouOffice)
            .PutAsJsonAsync($"/api/findings/inspections/{id}/findings/{f}", new { ordinal = $"{i + 1}", title = $"第{i + 1}个方面的问题（修订）" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var titles = await _host.Db(db => db.Findings.Where(f => f.InspectionId == id).Select(f => f.Title).ToListAsync());
        Assert.All(titles, t => Assert.EndsWith("（修订）", t));
    }

    public void Dispose() => _host.Dispose();
}
