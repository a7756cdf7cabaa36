using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.Units.Identity;

/// <summary>The built-in issuer: RS256 tokens whose public key every service validates against.</summary>
public sealed class TokenIssuer(RsaSecurityKey key, AuthOptions options, TimeProvider time)
{
    public RsaSecurityKey Key => key;

    public (string AccessToken, DateTimeOffset ExpiresAt) Issue(Account account)
    {
        var now = time.GetUtcNow();
        var expiresAt = now + options.TokenLifetime;
        var grants = account.Grants.Select(g => new Grant(g.Role, g.UnitId, g.JurisdictionPath).ToString()).ToArray();
        var roles = account.Grants.Select(g => g.Role).Distinct().ToArray();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [RectifyClaims.Subject] = account.Id.ToString(),
                [RectifyClaims.Name] = account.DisplayName,
                ["preferred_username"] = account.UserName,
                [RectifyClaims.Role] = roles,
                [RectifyClaims.Grant] = grants,
                [RectifyClaims.TokenVersion] = account.TokenVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        if (account.PersonId is { } person)
            descriptor.Claims[RectifyClaims.Person] = person.ToString();
        return (new JsonWebTokenHandler().CreateToken(descriptor), expiresAt);
    }
}
