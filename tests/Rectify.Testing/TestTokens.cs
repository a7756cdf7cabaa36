using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.Testing;

/// <summary>
/// Tokens signed in the test the way the units service's built-in issuer signs them (<see cref="AuthOptions.Issuer"/>,
/// <see cref="AuthOptions.Audience"/>): with a service's own key (<see cref="Sign"/>, <see cref="KeyOf"/>), with a key of
/// this issuer's own that a host is then given (<see cref="WritePem"/>, <see cref="Issue"/>), or with a stranger's.
/// </summary>
public sealed class TestTokens : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);

    /// <summary>The private key as PEM, for <c>Auth:SigningKeyPath</c>.</summary>
    public string WritePem(string path)
    {
        File.WriteAllText(path, _key.ExportPkcs8PrivateKeyPem());
        return path;
    }

    /// <summary>A token for <paramref name="subject"/> in one role, signed with this issuer's key.</summary>
    public string Issue(string subject, string role = RectifyRoles.Administrator) => Subject(_key, subject, role);

    /// <summary>A well-formed token no host has reason to trust.</summary>
    public static string IssueWithForeignKey(string subject)
    {
        using var foreign = RSA.Create(2048);
        return Subject(foreign, subject, RectifyRoles.Administrator);
    }

    /// <summary>A token for a new person holding <paramref name="grants"/> ("role|scope"), signed with <paramref name="key"/>.</summary>
    public static string Sign(RSA key, params string[] grants) =>
        Create(key, TimeSpan.FromMinutes(10), new Dictionary<string, object>
        {
            [RectifyClaims.Subject] = Guid.NewGuid().ToString(),
            [RectifyClaims.Name] = "test",
            [RectifyClaims.Grant] = grants,
            [RectifyClaims.Role] = grants.Select(g => g.Split('|')[0]).Distinct().ToArray(),
        });

    /// <summary>The key a service started on <paramref name="dataDirectory"/> validates against.</summary>
    public static RSA KeyOf(string dataDirectory) => SigningKeys.LoadOrCreate(Path.Combine(dataDirectory, "keys", "signing.pem"));

    public void Dispose() => _key.Dispose();

    private static string Subject(RSA key, string subject, string role) =>
        Create(key, TimeSpan.FromHours(1), new Dictionary<string, object>
        {
            [RectifyClaims.Subject] = subject, [RectifyClaims.Name] = $"Test {subject}", [RectifyClaims.Role] = role,
        });

    private static string Create(RSA key, TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256),
        });
    }
}
