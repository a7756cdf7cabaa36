using Rectify.Contracts.Findings;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Reporting.Consumers;

// Each event sets its own group of fields, guarded by that group's version (Meta.Version is the inspection's).

public sealed class InspectionRegisteredConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, InspectionRegistered>(db, time)
{
    protected override async Task HandleAsync(InspectionRegistered m, CancellationToken ct) =>
        Apply(await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.Kind, m.Issuer, m.Team, m.Round, m.Type, m.OnSiteStart, m.OnSiteEnd);

    internal static void Apply(ReportedInspection i, long version, string kind, string issuer, string team, string round, string type, DateOnly start, DateOnly end)
    {
        if (version <= i.RegistrationVersion)
            return;
        (i.Kind, i.Issuer, i.Team, i.Round, i.Type, i.OnSiteStart, i.OnSiteEnd, i.RegistrationVersion) = (kind, issuer, team, round, type, start, end, version);
    }
}

public sealed class InspectionRevisedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, InspectionRevised>(db, time)
{
    protected override async Task HandleAsync(InspectionRevised m, CancellationToken ct) =>
        InspectionRegisteredConsumer.Apply(await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.Kind, m.Issuer, m.Team,
            m.Round, m.Type, m.OnSiteStart, m.OnSiteEnd);
}

public sealed class InspectionWithdrawnConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, InspectionWithdrawn>(db, time)
{
    // Withdrawal is final in the findings service: no version guard.
    protected override async Task HandleAsync(InspectionWithdrawn m, CancellationToken ct) =>
        (await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct)).Withdrawn = true;
}

public sealed class FeedbackDeliveredConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, FeedbackDelivered>(db, time)
{
    protected override async Task HandleAsync(FeedbackDelivered m, CancellationToken ct) =>
        Apply(await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.FeedbackOn);

    internal static void Apply(ReportedInspection i, long version, DateOnly feedbackOn)
    {
        if (version > i.FeedbackVersion)
            (i.FeedbackOn, i.FeedbackVersion) = (feedbackOn, version);
    }
}

public sealed class DueDatesScheduledConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, RectificationDueDatesScheduled>(db, time)
{
    // Carries the feedback date too: a corrected feedback date may arrive only here.
    protected override async Task HandleAsync(RectificationDueDatesScheduled m, CancellationToken ct) =>
        FeedbackDeliveredConsumer.Apply(await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct), m.Meta.Version, m.FeedbackOn);
}

public sealed class RectificationStartedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, RectificationStarted>(db, time)
{
    protected override async Task HandleAsync(RectificationStarted m, CancellationToken ct) =>
        (await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct)).StartedOn = m.StartedOn;
}

public sealed class InspectionClosedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, InspectionClosed>(db, time)
{
    protected override async Task HandleAsync(InspectionClosed m, CancellationToken ct) =>
        (await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct)).ClosedOn = m.ClosedOn;
}

public sealed class CluesCountedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, CluesCounted>(db, time)
{
    protected override async Task HandleAsync(CluesCounted m, CancellationToken ct)
    {
        var i = await ReadModels.InspectionAsync(Db, m.InspectionId, m.UnitId, ct);
        if (m.Meta.Version > i.ClueVersion)
            (i.ClueCount, i.ClueVersion) = (m.Count, m.Meta.Version);
    }
}
