using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Reporting.Consumers;

public sealed class FindingRecordedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, FindingRecorded>(db, time)
{
    protected override async Task HandleAsync(FindingRecorded m, CancellationToken ct)
    {
        var f = await ReadModels.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct);
        if (f.Position == 0)
            f.Position = m.Meta.Version; // the tree's events arrive in order: recording order is sibling order
        Apply(f, m.Meta.Version, m.ParentId, m.Level, m.Ordinal, m.Title, m.ImmediateFix, m.MoneyInvolved);
    }

    internal static void Apply(ReportedFinding f, long version, Guid? parentId, int level, string ordinal, string title, bool immediate, decimal? money)
    {
        if (version <= f.Version)
            return;
        (f.ParentId, f.Level, f.Ordinal, f.Title, f.ImmediateFix, f.MoneyInvolved, f.Version) = (parentId, level, ordinal, title, immediate, money, version);
    }
}

public sealed class FindingRevisedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, FindingRevised>(db, time)
{
    protected override async Task HandleAsync(FindingRevised m, CancellationToken ct) =>
        FindingRecordedConsumer.Apply(await ReadModels.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.ParentId, m.Level,
            m.Ordinal, m.Title, m.ImmediateFix, m.MoneyInvolved);
}

public sealed class FindingCategorisedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, FindingCategorised>(db, time)
{
    protected override async Task HandleAsync(FindingCategorised m, CancellationToken ct)
    {
        var f = await ReadModels.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct);
        if (m.Meta.Version <= f.TagsVersion)
            return;
        f.TagsVersion = m.Meta.Version;
        var old = await Db.FindingTags.Where(t => t.FindingId == m.FindingId).ToListAsync(ct);
        Db.FindingTags.RemoveRange(old);
        foreach (var tag in m.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct())
            Db.FindingTags.Add(new FindingTag { FindingId = m.FindingId, Tag = tag });
    }
}

public sealed class FindingWithdrawnConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, FindingWithdrawn>(db, time)
{
    // Final in the findings service; its tasks stop counting at once.
    protected override async Task HandleAsync(FindingWithdrawn m, CancellationToken ct)
    {
        (await ReadModels.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct)).Withdrawn = true;
        // Tracked, not ExecuteUpdate: task_sums follows tracked changes only.
        foreach (var task in await Db.Tasks.Where(t => t.FindingId == m.FindingId).ToListAsync(ct))
            task.Withdrawn = true;
    }
}
