using Rectify.Contracts.Findings;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Reporting.Consumers;

/// <summary>The obligation's latest version wins (Meta.Version is the inspection's).</summary>
public sealed class ProgressReportObligationScheduledConsumer(ReportingDbContext db, TimeProvider time)
    : IdempotentConsumer<ReportingDbContext, ProgressReportObligationScheduled>(db, time)
{
    protected override async Task HandleAsync(ProgressReportObligationScheduled m, CancellationToken ct)
    {
        var row = await Db.ReportObligations.FindAsync([m.InspectionId], ct);
        if (row is null)
            Db.ReportObligations.Add(row = new ReportObligation { InspectionId = m.InspectionId });
        if (m.Meta.Version <= row.Version)
            return;
        (row.UnitId, row.Every, row.IntervalUnit, row.FirstDue, row.Until, row.Version) =
            (m.UnitId, m.Every, m.IntervalUnit, m.FirstDue, m.Until, m.Meta.Version);
    }
}

/// <summary>A report is a fact whatever order it arrives in: one row per (inspection, period).</summary>
public sealed class ProgressReportSubmittedConsumer(ReportingDbContext db, TimeProvider time)
    : IdempotentConsumer<ReportingDbContext, ProgressReportSubmitted>(db, time)
{
    protected override async Task HandleAsync(ProgressReportSubmitted m, CancellationToken ct)
    {
        if (await Db.ReportedPeriods.FindAsync([m.InspectionId, m.PeriodDue], ct) is null)
            Db.ReportedPeriods.Add(new ReportedPeriod { InspectionId = m.InspectionId, PeriodDue = m.PeriodDue, ReportId = m.ReportId, SubmittedOn = m.SubmittedOn });
    }
}
