namespace Rectify.Units.Identity;

/// <summary>
/// Failed sign-ins of one account from one client address (an IPv6 client by its /64). Locking per
/// address means a stranger guessing at <c>admin</c> locks only themselves out, never the real
/// administrator signing in from elsewhere; each lockout from the same address lasts twice as long.
/// </summary>
public sealed class SignInThrottle
{
    public Guid AccountId { get; set; }
    public required string Client { get; set; }
    /// <summary>Attempts since the last lockout or success, counted when they start (so parallel guesses count too).</summary>
    public int Failures { get; set; }
    /// <summary>Lockouts in a row from this address; the next one lasts 15 minutes × 2^Lockouts (at most a day).</summary>
    public int Lockouts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset LastAttemptAt { get; set; }
}
