using Rectify.Contracts.Findings;
using Rectify.ServiceDefaults.Messaging.Inbox;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Consumers;

// The finding replica. Finding events carry the inspection's version, which rises with every change
// to the tree, so "newer than the version last applied to this finding" tells a stale update apart.

public sealed class FindingRecordedConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, FindingRecorded>(db, time)
{
    protected override async Task HandleAsync(FindingRecorded m, CancellationToken ct)
    {
        var f = await Replicas.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct);
        if (f.RecordedVersion == 0 || m.Meta.Version < f.RecordedVersion)
            f.RecordedVersion = m.Meta.Version;
        Apply(f, m.Meta.Version, m.ParentId, m.Level, m.Ordinal, m.Title, m.ImmediateFix, m.MoneyInvolved);
    }

    internal static void Apply(FindingReplica f, long version, Guid? parentId, int level, string ordinal, string title, bool immediateFix, decimal? money)
    {
        if (version <= f.Version)
            return;
        (f.ParentId, f.Level, f.Ordinal, f.Title, f.ImmediateFix, f.MoneyInvolved, f.Version) = (parentId, level, ordinal, title, immediateFix, money, version);
    }
}

public sealed class FindingRevisedConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, FindingRevised>(db, time)
{
    protected override async Task HandleAsync(FindingRevised m, CancellationToken ct) =>
        FindingRecordedConsumer.Apply(await Replicas.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.ParentId, m.Level,
            m.Ordinal, m.Title, m.ImmediateFix, m.MoneyInvolved);
}

public sealed class FindingWithdrawnConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, FindingWithdrawn>(db, time)
{
    // Withdrawal is final in the findings service: no version guard.
    protected override async Task HandleAsync(FindingWithdrawn m, CancellationToken ct) =>
        (await Replicas.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct)).Withdrawn = true;
}

public sealed class FindingCategorisedConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, FindingCategorised>(db, time)
{
    protected override async Task HandleAsync(FindingCategorised m, CancellationToken ct)
    {
        var f = await Replicas.FindingAsync(Db, m.FindingId, m.InspectionId, m.UnitId, ct);
        if (m.Meta.Version > f.TagsVersion)
            (f.Tags, f.TagsVersion) = ([.. m.Tags], m.Meta.Version);
    }
}

public sealed class FindingProgressImportedConsumer(TasksDbContext db, TimeProvider time, TaskBook book)
    : IdempotentConsumer<TasksDbContext, FindingProgressImported>(db, time)
{
    protected override async Task HandleAsync(FindingProgressImported m, CancellationToken ct)
    {
        // The inbox stops a redelivery of the same message; this stops a re-publication of the same import.
        if (await Replicas.ImportedTaskExistsAsync(Db, m.ImportId, m.FindingId, ct))
            return;
        await book.ImportAsync(m, ct);
    }
}
