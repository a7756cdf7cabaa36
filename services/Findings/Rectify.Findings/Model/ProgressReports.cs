using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Findings.Infrastructure;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Findings.Model;

public sealed record ObligationInput(int Every, string IntervalUnit, DateOnly FirstDue, DateOnly? Until);

/// <summary>One period of an obligation as the unit and the office see it today.</summary>
public sealed record ReportPeriod(DateOnly Due, string State, ProgressReport? Report);

public static class ReportPeriodStates
{
    public const string Submitted = "submitted";
    /// <summary>Due today or later, not yet submitted.</summary>
    public const string Due = "due";
    /// <summary>The due date passed with no report.</summary>
    public const string Missing = "missing";
}

/// <summary>
/// The recurring progress-report obligation and the reports submitted against it. Both are changes to the
/// inspection: they bump its version (the order consumers rely on) and are saved with their events.
/// </summary>
public sealed class ProgressReports(FindingsDbContext db, TimeProvider time)
{
    public Task<ProgressReportObligation?> ObligationAsync(Guid inspectionId, CancellationToken ct) =>
        db.ReportObligations.AsNoTracking().FirstOrDefaultAsync(o => o.InspectionId == inspectionId, ct);

    public async Task<ProgressReportObligation> SetObligationAsync(Inspection inspection, ObligationInput input, string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        if (inspection.FeedbackOn is not { } feedbackOn)
            throw new FieldException("firstDue", "Progress reports follow the feedback; deliver it first.");
        if (input.FirstDue < feedbackOn)
            throw new FieldException("firstDue", "The first report cannot be due before the feedback.");
        if (input.Until is { } until && until < input.FirstDue)
            throw new FieldException("until", "The obligation cannot end before the first report is due.");
        var obligation = await db.ReportObligations.FirstOrDefaultAsync(o => o.InspectionId == inspection.Id, ct);
        if (obligation is null)
        {
            obligation = new ProgressReportObligation { InspectionId = inspection.Id, IntervalUnit = input.IntervalUnit };
            db.ReportObligations.Add(obligation);
        }
        (obligation.Every, obligation.IntervalUnit, obligation.FirstDue, obligation.Until) = (input.Every, input.IntervalUnit, input.FirstDue, input.Until);
        inspection.Version++;
        db.Publish(new ProgressReportObligationScheduled(Meta(inspection, actor), inspection.Id, inspection.UnitId, input.Every, input.IntervalUnit,
            input.FirstDue, input.Until));
        await db.SaveChangesAsync(ct);
        return obligation;
    }

    /// <summary>
    /// A report for one period: the period must be one of the obligation's due dates, at the latest the next
    /// one to come (a report for a period further ahead would be a guess); one per period (409).
    /// </summary>
    public async Task<ProgressReport> SubmitAsync(Inspection inspection, DateOnly periodDue, string summary, string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        var obligation = await ObligationAsync(inspection.Id, ct)
            ?? throw new FieldException("periodDue", "The inspection office has not set a progress-report obligation.");
        var next = ProgressReportPeriods.NextOnOrAfter(obligation.FirstDue, obligation.Every, obligation.IntervalUnit, obligation.Until, Today);
        var last = next ?? obligation.Until ?? Today;
        if (!ProgressReportPeriods.Dues(obligation.FirstDue, obligation.Every, obligation.IntervalUnit, obligation.Until, last).Contains(periodDue))
            throw new FieldException("periodDue", "Not a due date of the obligation, or a period further ahead than the next one.");
        if (await db.ProgressReports.AnyAsync(r => r.InspectionId == inspection.Id && r.PeriodDue == periodDue, ct))
            throw new ConflictException("A report for this period was already submitted.");
        var report = new ProgressReport
        {
            Id = Guid.CreateVersion7(), InspectionId = inspection.Id, PeriodDue = periodDue, SubmittedOn = Today, Summary = summary.Trim(),
            SubmittedBy = actor,
        };
        db.ProgressReports.Add(report);
        inspection.Version++;
        db.Publish(new ProgressReportSubmitted(Meta(inspection, actor), inspection.Id, inspection.UnitId, report.Id, periodDue, report.SubmittedOn,
            report.Summary));
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>
    /// The periods up to the next one to come (or the last, once the obligation ended or the inspection closed),
    /// each submitted, due (today or later) or missing (its day passed with no report).
    /// </summary>
    public async Task<List<ReportPeriod>> PeriodsAsync(Inspection inspection, ProgressReportObligation obligation, CancellationToken ct)
    {
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.InspectionId == inspection.Id).ToDictionaryAsync(r => r.PeriodDue, ct);
        var today = Today;
        var until = inspection.ClosedOn is { } closed && (obligation.Until is null || closed < obligation.Until) ? closed : obligation.Until;
        var through = inspection.ClosedOn
            ?? ProgressReportPeriods.NextOnOrAfter(obligation.FirstDue, obligation.Every, obligation.IntervalUnit, until, today) ?? until ?? today;
        return [.. ProgressReportPeriods.Dues(obligation.FirstDue, obligation.Every, obligation.IntervalUnit, until, through)
            .Select(due => reports.TryGetValue(due, out var report) ? new ReportPeriod(due, ReportPeriodStates.Submitted, report)
                : new ReportPeriod(due, due < today ? ReportPeriodStates.Missing : ReportPeriodStates.Due, null))];
    }

    private static void RequireOpen(Inspection inspection)
    {
        if (inspection.Status == InspectionStatuses.Closed)
            throw new ForbiddenException("The inspection is closed; its progress reports no longer change.");
    }

    private DateOnly Today => time.Today();

    private EventMeta Meta(Inspection inspection, string? actor) => EventMeta.New(inspection.Version, actor, time.GetUtcNow());
}
