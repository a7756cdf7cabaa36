using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Findings.Infrastructure;

namespace Rectify.Findings.Model;

/// <summary>The due dates feedback starts, from the most specific jurisdiction policy above a unit, else the defaults.</summary>
public sealed class DueDateRules(FindingsDbContext db, IOptions<DueDateDefaults> defaults)
{
    public async Task<DueDates> ForAsync(string jurisdictionPath, DateOnly feedbackOn, CancellationToken ct)
    {
        var (plan, report, notice) = await DaysAsync(jurisdictionPath, ct);
        return new DueDates(feedbackOn.AddDays(plan), feedbackOn.AddDays(report), feedbackOn.AddDays(notice));
    }

    public async Task<(int Plan, int ProgressReport, int PublicNotice)> DaysAsync(string jurisdictionPath, CancellationToken ct)
    {
        // A handful of rows per deployment: choosing the longest matching prefix in memory is simplest and exact.
        var policies = await db.DueDatePolicies.AsNoTracking().ToListAsync(ct);
        var policy = policies.Where(p => jurisdictionPath.StartsWith(p.JurisdictionPath, StringComparison.Ordinal))
            .MaxBy(p => p.JurisdictionPath.Length);
        var d = defaults.Value;
        return policy is null ? (d.PlanDays, d.ProgressReportDays, d.PublicNoticeDays)
            : (policy.PlanDays, policy.ProgressReportDays, policy.PublicNoticeDays);
    }
}
