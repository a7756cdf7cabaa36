using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

/// <summary>Checks a password and applies lockout: after repeated failures the account waits.</summary>
public sealed class SignIn(UnitsDbContext db, IPasswordHasher<Account> hasher, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <returns>The account, or null for any failure: the caller must not learn which part was wrong.</returns>
    public async Task<Account?> VerifyAsync(string userName, string password, CancellationToken ct)
    {
        var account = await db.Accounts.Include(a => a.Grants).FirstOrDefaultAsync(a => a.UserName == userName, ct);
        var now = time.GetUtcNow();
        if (account is null || account.Disabled || account.LockedUntil > now)
            return null;

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            account.FailedSignIns++;
            if (account.FailedSignIns >= MaxFailures)
            {
                account.LockedUntil = now + LockoutDuration;
                account.FailedSignIns = 0;
            }
            await db.SaveChangesAsync(ct);
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            account.PasswordHash = hasher.HashPassword(account, password);
        account.FailedSignIns = 0;
        account.LockedUntil = null;
        await db.SaveChangesAsync(ct);
        return account;
    }
}
