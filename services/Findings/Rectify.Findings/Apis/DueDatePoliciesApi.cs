using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Findings.Apis;

public sealed record DueDatePolicyRequest(
    [property: Required, RegularExpression("^/([^/]+/)+$", ErrorMessage = "A jurisdiction path looks like /a/b/.")] string JurisdictionPath,
    [property: Range(1, 366)] int PlanDays, [property: Range(1, 366)] int ProgressReportDays, [property: Range(1, 732)] int PublicNoticeDays);

public sealed record DueDatePolicyItem(string? JurisdictionPath, int PlanDays, int ProgressReportDays, int PublicNoticeDays);

/// <summary>
/// Per-jurisdiction days from feedback to the plan, progress report and public notice. The office of a
/// jurisdiction (or an administrator) sets them for its subtree; the list starts with the defaults (path null).
/// </summary>
public static class DueDatePoliciesApi
{
    public static IEndpointRouteBuilder MapDueDatePoliciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(FindingsModule.Name, "/api/findings/due-date-policies").WithTags("Due dates");
        api.MapGet("/", ListAsync);
        api.MapPut("/", SetAsync).Validate<DueDatePolicyRequest>();
        api.MapDelete("/", RemoveAsync);
        return app;
    }

    private static async Task<Ok<List<DueDatePolicyItem>>> ListAsync(FindingsDbContext db, IOptions<DueDateDefaults> defaults, CancellationToken ct)
    {
        var d = defaults.Value;
        var policies = await db.DueDatePolicies.AsNoTracking().OrderBy(p => p.JurisdictionPath).ToListAsync(ct);
        return TypedResults.Ok<List<DueDatePolicyItem>>(
        [
            new(null, d.PlanDays, d.ProgressReportDays, d.PublicNoticeDays),
            .. policies.Select(p => new DueDatePolicyItem(p.JurisdictionPath, p.PlanDays, p.ProgressReportDays, p.PublicNoticeDays)),
        ]);
    }

    private static async Task<Ok<DueDatePolicyItem>> SetAsync(DueDatePolicyRequest request, FindingsDbContext db, UnitScope scope, CancellationToken ct)
    {
        RequireOffice(scope, request.JurisdictionPath);
        if (request.ProgressReportDays < request.PlanDays)
            throw new FieldException("progressReportDays", "The progress report cannot be due before the plan.");
        var policy = await db.DueDatePolicies.FirstOrDefaultAsync(p => p.JurisdictionPath == request.JurisdictionPath, ct);
        if (policy is null)
            db.DueDatePolicies.Add(policy = new DueDatePolicy { JurisdictionPath = request.JurisdictionPath });
        (policy.PlanDays, policy.ProgressReportDays, policy.PublicNoticeDays) = (request.PlanDays, request.ProgressReportDays, request.PublicNoticeDays);
        policy.Version++;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new DueDatePolicyItem(policy.JurisdictionPath, policy.PlanDays, policy.ProgressReportDays, policy.PublicNoticeDays));
    }

    private static async Task<NoContent> RemoveAsync(string jurisdictionPath, FindingsDbContext db, UnitScope scope, CancellationToken ct)
    {
        RequireOffice(scope, jurisdictionPath);
        var policy = await db.DueDatePolicies.FirstOrDefaultAsync(p => p.JurisdictionPath == jurisdictionPath, ct)
            ?? throw new NotFoundException("Due date policy");
        db.DueDatePolicies.Remove(policy);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static void RequireOffice(UnitScope scope, string jurisdictionPath)
    {
        if (!scope.HoldsOver(jurisdictionPath, RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the jurisdiction's inspection office or an administrator sets its due dates.");
    }
}
