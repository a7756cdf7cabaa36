using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rectify.Gateway.Tests.Infrastructure;

/// <summary>Signs tokens the way the units service's built-in issuer does (issuer "rectify", audience "rectify-api").</summary>
public sealed class TestTokens : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);

    /// <summary>The private key as PEM, for <c>Auth:SigningKeyPath</c>.</summary>
    public string WritePem(string path)
    {
        File.WriteAllText(path, _key.ExportPkcs8PrivateKeyPem());
        return path;
    }

    public string Issue(string subject, string role = "admin") => Sign(_key, subject, role);

    /// <summary>A well-formed token the gateway has no reason to trust.</summary>
    public static string IssueWithForeignKey(string subject)
    {
        using var foreign = RSA.Create(2048);
        return Sign(foreign, subject, "admin");
    }

    private static string Sign(RSA key, string subject, string role)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "rectify",
            Audience = "rectify-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["name"] = $"Test {subject}", ["role"] = role },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _key.Dispose();
}
