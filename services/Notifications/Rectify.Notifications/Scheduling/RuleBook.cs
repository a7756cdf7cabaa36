using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Scheduling;

/// <summary>The reminder rules for a unit: its jurisdiction's most specific policy, else the configured defaults.</summary>
public sealed class RuleBook(NotificationsDbContext db, IOptions<ReminderRules> defaults)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ReminderRules Defaults => defaults.Value;

    public async Task<ReminderRules> ForUnitAsync(Guid unitId, CancellationToken ct)
    {
        var path = await db.Units.Where(u => u.UnitId == unitId).Select(u => u.JurisdictionPath).FirstOrDefaultAsync(ct);
        if (path is null)
            return defaults.Value;
        var policies = await db.RulePolicies.AsNoTracking().ToListAsync(ct);
        var policy = policies.Where(p => path.StartsWith(p.JurisdictionPath, StringComparison.Ordinal))
            .OrderByDescending(p => p.JurisdictionPath.Length).FirstOrDefault();
        return policy is null ? defaults.Value : JsonSerializer.Deserialize<ReminderRules>(policy.Rules, Json) ?? defaults.Value;
    }
}
