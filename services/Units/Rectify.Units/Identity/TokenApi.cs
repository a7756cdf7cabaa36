using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;

namespace Rectify.Units.Identity;

// Bounded so a megabyte "password" cannot make each guess cost a megabyte of hashing.
public sealed record TokenRequest([property: Required, StringLength(100)] string Username, [property: Required, StringLength(500)] string Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public static class TokenApi
{
    public static WebApplicationBuilder AddTokenIssuer(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<AuthOptions>();
            var rsa = SigningKeys.LoadOrCreate(AuthExtensions.ResolveSigningKeyPath(sp.GetRequiredService<IConfiguration>(), options));
            return new TokenIssuer(new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) }, options, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddScoped<SignIn>();
        builder.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        builder.Services.AddHostedService<AdminAccountSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithGroupName(Rectify.Units.UnitsModule.Name).WithTags("Auth").AllowAnonymous();
        auth.MapPost("/token", IssueAsync).Validate<TokenRequest>();
        auth.MapGet("/jwks", (TokenIssuer issuer) => TypedResults.Ok(new
        {
            keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer.Key.Rsa.ExportParameters(false)) { KeyId = issuer.Key.KeyId }) },
        }));
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueAsync(
        TokenRequest request, SignIn signIn, TokenIssuer issuer, CancellationToken ct)
    {
        var account = await signIn.VerifyAsync(request.Username.Trim(), request.Password, ct);
        if (account is null)
            return TypedResults.Problem(title: "Invalid user name or password.", statusCode: StatusCodes.Status401Unauthorized);
        var (token, expiresAt) = issuer.Issue(account);
        return TypedResults.Ok(new TokenResponse(token, expiresAt));
    }

    private static string KeyIdOf(System.Security.Cryptography.RSA rsa) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16].ToLowerInvariant();
}
