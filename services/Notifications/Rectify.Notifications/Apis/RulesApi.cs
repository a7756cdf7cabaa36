using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Notifications.Apis;

public sealed record RulePolicyRequest(
    [property: Required, RegularExpression("^/([^/]+/)+$", ErrorMessage = "A jurisdiction path looks like /a/b/.")] string JurisdictionPath,
    [property: Required] ReminderRules Rules);

public sealed record RulePolicyResponse(string? JurisdictionPath, ReminderRules Rules);

/// <summary>A re-plan after a change of rules or calendar or a unit's move, with its progress (<c>done</c> of <c>total</c> open deadlines).</summary>
public sealed record ReplanResponse(
    long Id, string? JurisdictionPath, string Reason, string? RequestedBy, DateTimeOffset RequestedAt, int Total, int Done, DateTimeOffset? CompletedAt,
    Guid? UnitId);

/// <summary>
/// Reminder rules per jurisdiction (提醒规则), set by its inspection office. A change re-plans the open deadlines of the
/// jurisdiction's units in the background; <c>/replans</c> shows how far that has got.
/// </summary>
public static class RulesApi
{
    public static IEndpointRouteBuilder MapRulesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(NotificationsModule.Name, "/api/notifications").WithTags("Rules");
        api.MapGet("/rules", RulesAsync);
        api.MapPut("/rules", SetRulesAsync).Validate<RulePolicyRequest>();
        api.MapDelete("/rules", RemoveRulesAsync);
        api.MapGet("/replans", ReplansAsync);
        return app;
    }

    private static async Task<Ok<List<RulePolicyResponse>>> RulesAsync(NotificationsDbContext db, RuleBook rules, CancellationToken ct)
    {
        var policies = await db.RulePolicies.AsNoTracking().OrderBy(p => p.JurisdictionPath).ToListAsync(ct);
        return TypedResults.Ok<List<RulePolicyResponse>>(
        [
            new(null, rules.Defaults),
            .. policies.Select(p => new RulePolicyResponse(p.JurisdictionPath, JsonSerializer.Deserialize<ReminderRules>(p.Rules, RuleBook.Json)!)),
        ]);
    }

    private static async Task<Ok<RulePolicyResponse>> SetRulesAsync(
        RulePolicyRequest request, NotificationsDbContext db, UnitScope scope, TimeProvider time, ReplanSignal replan, CancellationToken ct)
    {
        RequireOffice(scope, request.JurisdictionPath);
        var rules = request.Rules;
        Check(rules);
        var policy = await db.RulePolicies.FirstOrDefaultAsync(p => p.JurisdictionPath == request.JurisdictionPath, ct);
        if (policy is null)
            db.RulePolicies.Add(policy = new RulePolicy { JurisdictionPath = request.JurisdictionPath, Rules = "" });
        var json = JsonSerializer.Serialize(rules, RuleBook.Json);
        if (policy.Rules == json)
            return TypedResults.Ok(new RulePolicyResponse(policy.JurisdictionPath, rules)); // nothing changed: nothing to re-plan
        policy.Rules = json;
        policy.Version++;
        await Replanner.RequestAsync(db, request.JurisdictionPath, ReplanReasons.Rules, scope.Actor, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        replan.Notify();
        return TypedResults.Ok(new RulePolicyResponse(policy.JurisdictionPath, rules));
    }

    /// <summary>The jurisdiction goes back to the rules it inherits.</summary>
    private static async Task<NoContent> RemoveRulesAsync(
        string jurisdictionPath, NotificationsDbContext db, UnitScope scope, TimeProvider time, ReplanSignal replan, CancellationToken ct)
    {
        RequireOffice(scope, jurisdictionPath);
        var policy = await db.RulePolicies.FirstOrDefaultAsync(p => p.JurisdictionPath == jurisdictionPath, ct) ?? throw new NotFoundException("Rule policy");
        db.RulePolicies.Remove(policy);
        await Replanner.RequestAsync(db, jurisdictionPath, ReplanReasons.Rules, scope.Actor, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        replan.Notify();
        return TypedResults.NoContent();
    }

    /// <summary>The latest twenty, newest first.</summary>
    private static async Task<Ok<List<ReplanResponse>>> ReplansAsync(NotificationsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReplanRequests.AsNoTracking().OrderByDescending(r => r.Id).Take(20)
            .Select(r => new ReplanResponse(r.Id, r.JurisdictionPath, r.Reason, r.RequestedBy, r.RequestedAt, r.Total, r.Done, r.CompletedAt, r.UnitId))
            .ToListAsync(ct));

    private static void RequireOffice(UnitScope scope, string jurisdictionPath)
    {
        if (!scope.HoldsOver(jurisdictionPath, RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the jurisdiction's inspection office or an administrator sets its reminder rules.");
    }

    private static void Check(ReminderRules rules)
    {
        if (rules.CalendarDaysBefore is null || rules.WorkingDaysBefore is null || rules.ReportPeriodWorkingDaysBefore is null)
            throw new FieldException("rules", "The lists of days before are required (an empty list turns them off).");
        if (rules.CalendarDaysBefore.Any(d => d is < 1 or > 366) || rules.WorkingDaysBefore.Any(d => d is < 1 or > 250))
            throw new FieldException("rules", "Days before a deadline are between 1 and 366 (calendar) or 250 (working).");
        if (rules.ReportPeriodWorkingDaysBefore.Any(d => d is < 1 or > 250))
            throw new FieldException("rules", "Working days before a progress report is due are between 1 and 250.");
        if (rules.OverdueDailyFor is < 0 or > 250 || rules.EscalateToLeaderAfter is < 0 or > 250 || rules.EscalateToTopAfter is < 0 or > 250)
            throw new FieldException("rules", "Overdue counts are between 0 and 250 working days.");
        if (!Enum.IsDefined(rules.DigestDay))
            throw new FieldException("rules", "The digest day is 0 (Sunday) to 6 (Saturday).");
    }
}
