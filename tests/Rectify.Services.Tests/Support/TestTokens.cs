using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.Services.Tests.Support;

/// <summary>Tokens signed in the test: with a service's own key, or with a stranger's.</summary>
public static class TestTokens
{
    public static string Sign(RSA key, params string[] grants) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object>
            {
                [RectifyClaims.Subject] = Guid.NewGuid().ToString(),
                [RectifyClaims.Name] = "test",
                [RectifyClaims.Grant] = grants,
                [RectifyClaims.Role] = grants.Select(g => g.Split('|')[0]).Distinct().ToArray(),
            },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256),
        });

    /// <summary>The key a service started on <paramref name="dataDirectory"/> validates against.</summary>
    public static RSA KeyOf(string dataDirectory) => SigningKeys.LoadOrCreate(Path.Combine(dataDirectory, "keys", "signing.pem"));
}
