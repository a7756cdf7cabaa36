using Rectify.Contracts.Findings;
using Rectify.ServiceDefaults.Messaging.Inbox;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Consumers;

// The inspection replica: each event sets its own group of fields, guarded by that group's version.

public sealed class InspectionRegisteredConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, InspectionRegistered>(db, time)
{
    protected override async Task HandleAsync(InspectionRegistered m, CancellationToken ct) =>
        Registration(await Replicas.InspectionAsync(Db, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.Kind, m.Issuer, m.Team, m.Round, m.Type, m.OnSiteStart, m.OnSiteEnd);

    internal static void Registration(InspectionReplica i, long version, string kind, string issuer, string team, string round, string type, DateOnly start, DateOnly end)
    {
        if (version <= i.RegistrationVersion)
            return;
        (i.Kind, i.Issuer, i.Team, i.Round, i.Type, i.OnSiteStart, i.OnSiteEnd, i.RegistrationVersion) = (kind, issuer, team, round, type, start, end, version);
    }
}

public sealed class InspectionRevisedConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, InspectionRevised>(db, time)
{
    protected override async Task HandleAsync(InspectionRevised m, CancellationToken ct) =>
        InspectionRegisteredConsumer.Registration(await Replicas.InspectionAsync(Db, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.Kind, m.Issuer, m.Team,
            m.Round, m.Type, m.OnSiteStart, m.OnSiteEnd);
}

public sealed class FeedbackDeliveredConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, FeedbackDelivered>(db, time)
{
    protected override async Task HandleAsync(FeedbackDelivered m, CancellationToken ct)
    {
        var i = await Replicas.InspectionAsync(Db, m.InspectionId, m.UnitId, ct);
        if (m.Meta.Version > i.FeedbackVersion)
            (i.FeedbackOn, i.FeedbackVersion) = (m.FeedbackOn, m.Meta.Version);
    }
}

public sealed class RectificationDueDatesScheduledConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, RectificationDueDatesScheduled>(db, time)
{
    protected override async Task HandleAsync(RectificationDueDatesScheduled m, CancellationToken ct)
    {
        var i = await Replicas.InspectionAsync(Db, m.InspectionId, m.UnitId, ct);
        if (m.Meta.Version <= i.DueDatesVersion)
            return;
        (i.PlanDue, i.ProgressReportDue, i.PublicNoticeDue, i.DueDatesVersion) = (m.PlanDue, m.ProgressReportDue, m.PublicNoticeDue, m.Meta.Version);
        if (m.Meta.Version > i.FeedbackVersion)
            (i.FeedbackOn, i.FeedbackVersion) = (m.FeedbackOn, m.Meta.Version);
    }
}

public sealed class InspectionClosedConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, InspectionClosed>(db, time)
{
    // Closing is final in the findings service, so no version guard is needed.
    protected override async Task HandleAsync(InspectionClosed m, CancellationToken ct) =>
        (await Replicas.InspectionAsync(Db, m.InspectionId, m.UnitId, ct)).ClosedOn = m.ClosedOn;
}

public sealed class InspectionCloseOutPolicySetConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, InspectionCloseOutPolicySet>(db, time)
{
    // The policy is its own field group: each event replaces the whole policy, the newest version wins.
    protected override async Task HandleAsync(InspectionCloseOutPolicySet m, CancellationToken ct)
    {
        var i = await Replicas.InspectionAsync(Db, m.InspectionId, m.UnitId, ct);
        if (m.Meta.Version <= i.CloseOutPolicyVersion)
            return;
        (i.CloseOutLevels, i.OfficeReviewedFindingIds, i.CloseOutPolicyVersion) = (m.Levels, [.. m.OfficeReviewedFindingIds.Distinct()], m.Meta.Version);
    }
}
