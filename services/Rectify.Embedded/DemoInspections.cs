using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Import;
using Rectify.Findings.Imports;
using Rectify.Findings.Infrastructure;

namespace Rectify.Embedded;

/// <summary>
/// Imports each demo unit's published notice (Demo/*.txt) the way an office would through the import
/// API, so the demo has inspections, finding trees and — through the events — tasks. Runs once, in the
/// background, when the findings service has no inspection yet and knows the demo units.
/// </summary>
internal sealed class DemoInspections(IServiceScopeFactory scopes, TimeProvider time, ILogger<DemoInspections> logger)
{
    private static readonly (string Unit, string Resource)[] Notices =
    [
        ("中共南京市大数据管理局党组", "nanjing-big-data.txt"),
        ("中共西安市科协党组", "xian-kexie.txt"),
        ("中共赣州市水利局党组", "ganzhou-water.txt"),
        ("中共福州市台江区司法局党组", "taijiang-justice.txt"),
        ("漳平市总医院党委", "zhangping-hospital.txt"),
        ("中共三门县投资促进中心党组", "sanmen-investment.txt"),
    ];

    /// <summary>
    /// What the notices do not state is marked as such rather than invented (findings requires a round). Public
    /// documents leave the mark out: reporting's notice and both ledgers' file names read it through StatedText.
    /// </summary>
    private const string RoundNotStated = "通报未载明轮次";

    /// <summary>The inspection imported for each demo unit (by unit id); empty when nothing was imported.</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> ImportAsync(CancellationToken ct)
    {
        var imported = new Dictionary<Guid, Guid>();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FindingsDbContext>();
        if (await db.Inspections.AnyAsync(ct))
            return imported;
        var names = Notices.Select(n => n.Unit).ToList();
        // Units reach findings through the outbox and the bus: wait for them, briefly.
        var deadline = time.GetUtcNow().AddMinutes(1);
        while (await db.Units.CountAsync(u => names.Contains(u.Name), ct) < names.Count)
        {
            if (time.GetUtcNow() > deadline)
            {
                logger.LogWarning("Demo inspections skipped: the findings service does not know the demo units yet");
                return imported;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, ct);
        }
        var importer = scope.ServiceProvider.GetRequiredService<NoticeImporter>();
        foreach (var (unitName, resource) in Notices)
        {
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Name == unitName, ct);
            var import = await importer.PreviewAsync(Read(resource), resource, "file", "demo", ct);
            var notice = NoticeParser.Parse(import.Text);
            var merged = ImportedInspection.From(notice,
                new ImportOverrides(unit.UnitId, null, null, null, notice.Inspection.Round ?? RoundNotStated, null, null, null, null), null);
            var result = await importer.CommitAsync(import, merged.ToInput(), notice, merged.FeedbackOn!.Value, unit.JurisdictionPath, "demo", ct);
            db.ChangeTracker.Clear();
            imported[unit.UnitId] = result.InspectionId;
            logger.LogInformation("Demo: imported {Notice} for {Unit}: {Findings} findings, {Tasks} tasks", resource, unitName, result.Findings, result.Tasks);
        }
        return imported;
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(DemoInspections).Assembly.GetManifestResourceStream($"Demo.{resource}")
            ?? throw new InvalidOperationException($"Demo notice {resource} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
