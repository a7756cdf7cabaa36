using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.ServiceDefaults.Auth;

/// <summary>What a service knows of an account's tokens: the lowest token version still valid, and whether it is disabled.</summary>
public sealed record AccountStamp(long TokenVersion, bool Disabled);

/// <summary>
/// Answers "is this token revoked?" on every authenticated request. The answer comes from the
/// service's own copy of the accounts' stamps (or, in the units service, the accounts table),
/// kept in memory for a few seconds so a busy service does not read it on every call; a consumer
/// that applies a revocation forgets the account at once.
/// </summary>
/// <param name="cacheFor">Zero where the stamp is read from the accounts table itself (the units service).</param>
public sealed class AccountStamps(
    IServiceScopeFactory scopes,
    Func<IServiceProvider, Guid, CancellationToken, Task<AccountStamp?>> read,
    TimeSpan cacheFor,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (AccountStamp? Stamp, DateTimeOffset ReadAt)> _cache = new();

    /// <summary>Null when the token may be used; otherwise why not.</summary>
    public async Task<string?> RevokedAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Guid.TryParse(user.FindFirst(RectifyClaims.Subject)?.Value, out var accountId))
            return null; // not one of our accounts' tokens (a test's or a service's): nothing to revoke
        var stamp = await StampAsync(accountId, ct);
        if (stamp is null)
            return null; // no revocation was ever announced for this account
        if (stamp.Disabled)
            return "The account is disabled.";
        _ = long.TryParse(user.FindFirst(RectifyClaims.TokenVersion)?.Value, out var tokenVersion);
        return tokenVersion < stamp.TokenVersion ? "The token was revoked; sign in again." : null;
    }

    public void Forget(Guid accountId) => _cache.TryRemove(accountId, out _);

    private async Task<AccountStamp?> StampAsync(Guid accountId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(accountId, out var cached) && now - cached.ReadAt < cacheFor)
            return cached.Stamp;
        await using var scope = scopes.CreateAsyncScope();
        var stamp = await read(scope.ServiceProvider, accountId, ct);
        _cache[accountId] = (stamp, now);
        return stamp;
    }
}
