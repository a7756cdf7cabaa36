using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Edge;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

// Bounded so a megabyte "password" cannot make each guess cost a megabyte of hashing.
public sealed record TokenRequest([property: Required, StringLength(100)] string Username, [property: Required, StringLength(500)] string Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public static class TokenApi
{
    public const int PasswordIterations = 210_000;

    public static WebApplicationBuilder AddTokenIssuer(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<AuthOptions>();
            var rsa = SigningKeys.LoadOrCreate(AuthExtensions.ResolveSigningKeyPath(sp.GetRequiredService<IConfiguration>(), options));
            return new TokenIssuer(new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) }, options, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddScoped<SignIn>();
        builder.Services.AddAccountTokenChecks();
        builder.Services.AddSignInRateLimiter();
        // PBKDF2-HMAC-SHA512 at OWASP's 210,000 iterations; older hashes keep verifying with their own count and are upgraded at sign-in.
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);
        builder.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        builder.Services.TryAddSingleton(new FirstPasswordOutput(Console.Out));
        builder.Services.AddHostedService<AdminAccountSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithGroupName(Rectify.Units.UnitsModule.Name).WithTags("Auth").AllowAnonymous();
        auth.MapPost("/token", IssueAsync).Validate<TokenRequest>();
        // Signing out revokes every token of the account, not only the caller's: tokens carry no session.
        app.MapGroup("/api/auth").WithGroupName(Rectify.Units.UnitsModule.Name).WithTags("Auth")
            .MapPost("/signout", SignOutAsync).RequireAuthorization(AuthExtensions.ApiPolicy);
        auth.MapGet("/jwks", (TokenIssuer issuer) => TypedResults.Ok(new
        {
            keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer.Key.Rsa.ExportParameters(false)) { KeyId = issuer.Key.KeyId }) },
        }));
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueAsync(
        TokenRequest request, SignIn signIn, TokenIssuer issuer, SignInRateLimiter limiter, HttpContext context, CancellationToken ct)
    {
        if (limiter.TryAcquire(context.Connection.RemoteIpAddress, request.Username) is { } retryAfter)
            return SignInRateLimiter.Rejected(context, retryAfter);
        var account = await signIn.VerifyAsync(request.Username.Trim(), request.Password, context.Connection.RemoteIpAddress, ct);
        if (account is null)
            return TypedResults.Problem(title: "Invalid user name or password.", statusCode: StatusCodes.Status401Unauthorized);
        var (token, expiresAt) = issuer.Issue(account);
        return TypedResults.Ok(new TokenResponse(token, expiresAt));
    }

    private static async Task<NoContent> SignOutAsync(UnitsDbContext db, UnitScope scope, TimeProvider time, CancellationToken ct)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == scope.AccountId, ct);
        if (account is not null)
        {
            account.Version++;
            AccountTokens.Revoke(db, account, "signed out", scope.Actor, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.NoContent();
    }

    private static string KeyIdOf(System.Security.Cryptography.RSA rsa) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16].ToLowerInvariant();
}
