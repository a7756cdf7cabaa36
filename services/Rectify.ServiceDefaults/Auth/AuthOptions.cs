namespace Rectify.ServiceDefaults.Auth;

public sealed class AuthOptions
{
    public const string Issuer = "rectify";
    public const string Audience = "rectify-api";

    /// <summary>PEM file of the built-in issuer's RSA key; created on first start when absent.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>PEM public key only, for services that validate but never sign (production).</summary>
    public string? PublicKeyPath { get; set; }

    /// <summary>An OIDC provider that replaces the built-in issuer.</summary>
    public string? Authority { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a service trusts what it last read of an account's token stamp. Keep it at or below
    /// 30 s: a revocation announced elsewhere takes this long (plus the event's delivery) to bite.
    /// </summary>
    public TimeSpan StampCacheDuration { get; set; } = TimeSpan.FromSeconds(15);
}
