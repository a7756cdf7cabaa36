using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

/// <summary>
/// Revokes an account's issued tokens: raises its token version and tells every service, which
/// then refuse a token carrying a lower one (and every token of a disabled account).
/// </summary>
public static class AccountTokens
{
    /// <summary>Call after the account's version was raised for the change, before SaveChanges.</summary>
    public static void Revoke(UnitsDbContext db, Account account, string reason, string? actor, DateTimeOffset now)
    {
        account.TokenVersion++;
        db.Publish(new AccountTokensRevoked(EventMeta.New(account.Version, actor, now), account.Id, account.TokenVersion, account.Disabled, reason));
    }

    /// <summary>The units service reads the accounts table itself: no copy, no cache, no delay.</summary>
    public static IServiceCollection AddAccountTokenChecks(this IServiceCollection services) =>
        services.AddAccountStamps(async (sp, accountId, ct) =>
            await sp.GetRequiredService<UnitsDbContext>().Accounts.AsNoTracking()
                .Where(a => a.Id == accountId)
                .Select(a => new AccountStamp(a.TokenVersion, a.Disabled))
                .FirstOrDefaultAsync(ct), cached: false);
}
