using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

/// <summary>
/// Checks a password with a lockout per (account, client address): five attempts, then the address waits
/// 15 minutes, doubling with each lockout in a row (at most a day). An attempt is counted before the
/// password is checked, in one UPDATE, so parallel guesses cannot slip past the limit. Every path hashes
/// once (an unknown user against a dummy hash), so the time taken does not tell which names exist.
/// </summary>
public sealed class SignIn(UnitsDbContext db, IPasswordHasher<Account> hasher, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxLockout = TimeSpan.FromDays(1);
    /// <summary>An attempt counted but never finished (the process died mid-check) stops blocking after this.</summary>
    private static readonly TimeSpan StaleAttempt = TimeSpan.FromMinutes(1);

    private static readonly Account Nobody = new() { UserName = "", DisplayName = "", PasswordHash = "" };
    /// <summary>One dummy hash per hasher (so with its iteration count), made once.</summary>
    private static readonly ConditionalWeakTable<IPasswordHasher<Account>, string> DummyHashes = new();

    /// <returns>The account, or null for any failure: the caller must not learn which part was wrong.</returns>
    public async Task<Account?> VerifyAsync(string userName, string password, IPAddress? clientAddress, CancellationToken ct)
    {
        var account = await db.Accounts.Include(a => a.Grants).FirstOrDefaultAsync(a => a.UserName == userName, ct);
        if (account is null || account.Disabled)
        {
            hasher.VerifyHashedPassword(Nobody, DummyHashes.GetValue(hasher, h => h.HashPassword(Nobody, Guid.NewGuid().ToString())), password);
            return null;
        }
        var client = ClientKey(clientAddress);
        var now = time.GetUtcNow();
        var lockouts = await ReserveAttemptAsync(account.Id, client, now, ct);
        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password); // also when locked: the same time either way
        if (lockouts is null)
            return null;
        var throttle = db.SignInThrottles.Where(t => t.AccountId == account.Id && t.Client == client);
        if (result == PasswordVerificationResult.Failed)
        {
            // The attempt is already counted; the one that reaches the limit locks the address.
            var until = now + Backoff(lockouts.Value);
            await throttle.ExecuteUpdateAsync(s => s
                .SetProperty(t => t.LockedUntil, t => t.Failures >= MaxFailures ? until : t.LockedUntil)
                .SetProperty(t => t.Lockouts, t => t.Failures >= MaxFailures ? t.Lockouts + 1 : t.Lockouts)
                .SetProperty(t => t.Failures, t => t.Failures >= MaxFailures ? 0 : t.Failures), ct);
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // Stored with fewer iterations (or a weaker hash) than today's: upgrade it now that we know the password.
            account.PasswordHash = hasher.HashPassword(account, password);
            await db.SaveChangesAsync(ct);
        }
        await throttle.ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, 0).SetProperty(t => t.Lockouts, 0)
            .SetProperty(t => t.LockedUntil, (DateTimeOffset?)null), ct);
        return account;
    }

    /// <summary>Counts an attempt for the (account, client) pair; null when the pair is locked or its attempts are used up.</summary>
    /// <returns>The pair's lockouts so far.</returns>
    private async Task<int?> ReserveAttemptAsync(Guid accountId, string client, DateTimeOffset now, CancellationToken ct)
    {
        var stale = now - StaleAttempt;
        for (var round = 0; round < 2; round++)
        {
            var throttle = db.SignInThrottles.Where(t => t.AccountId == accountId && t.Client == client);
            var counted = await throttle
                .Where(t => (t.LockedUntil == null || t.LockedUntil <= now) && (t.Failures < MaxFailures || t.LastAttemptAt < stale))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Failures, t => t.Failures < MaxFailures ? t.Failures + 1 : 1)
                    .SetProperty(t => t.LastAttemptAt, now), ct);
            if (counted == 1)
                return await throttle.Select(t => t.Lockouts).FirstAsync(ct);
            if (await throttle.AnyAsync(ct))
                return null;
            var first = new SignInThrottle { AccountId = accountId, Client = client, Failures = 1, LastAttemptAt = now };
            db.SignInThrottles.Add(first);
            try
            {
                await db.SaveChangesAsync(ct);
                return 0;
            }
            catch (DbUpdateException)
            {
                db.Entry(first).State = EntityState.Detached; // a parallel attempt created the row: count on it
            }
        }
        return null;
    }

    private static TimeSpan Backoff(int lockouts) =>
        TimeSpan.FromTicks(Math.Min(LockoutDuration.Ticks << Math.Min(lockouts, 10), MaxLockout.Ticks));

    /// <summary>The address the lockout is kept for: IPv4 as is, IPv6 by its /64 (one host's whole range).</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
