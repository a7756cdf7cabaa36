using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Rectify.ServiceDefaults.Data;

namespace Rectify.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>Policy on every API route group: an authenticated caller with a bearer token.</summary>
    public const string ApiPolicy = "api";

    /// <summary>System administrators only.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>
    /// JWT bearer validation: against the built-in issuer's key, or an OIDC authority when configured.
    /// The gateway validates too; each service validates again, trusting nothing on the network.
    /// </summary>
    public static WebApplicationBuilder AddDefaultAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions());
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AuthOptions, IConfiguration>(ConfigureJwt);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(AdminPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireClaim(RectifyClaims.Role, RectifyRoles.Administrator));
        builder.Services.AddScoped<UnitScope>();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, AuthOptions options, IConfiguration configuration)
    {
        jwt.MapInboundClaims = false;
        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            jwt.Authority = options.Authority;
            jwt.Audience = AuthOptions.Audience;
            return;
        }
        var key = options.PublicKeyPath is { Length: > 0 } publicKey
            ? SigningKeys.Load(publicKey)
            : SigningKeys.LoadOrCreate(ResolveSigningKeyPath(configuration, options));
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = AuthOptions.Issuer,
            ValidAudience = AuthOptions.Audience,
            IssuerSigningKey = new RsaSecurityKey(key),
            NameClaimType = RectifyClaims.Name,
            RoleClaimType = RectifyClaims.Role,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        jwt.Events = new JwtBearerEvents { OnTokenValidated = RefuseRevokedAsync };
    }

    /// <summary>
    /// A valid signature is not enough: a token issued before its account was disabled, lost a role,
    /// changed password or signed out is refused. Hosts without account stamps (the gateway, the web
    /// host) skip this; every service behind them checks.
    /// </summary>
    private static async Task RefuseRevokedAsync(TokenValidatedContext context)
    {
        if (context.Principal is not { } user || context.HttpContext.RequestServices.GetService<AccountStamps>() is not { } stamps)
            return;
        if (await stamps.RevokedAsync(user, context.HttpContext.RequestAborted) is { } reason)
            context.Fail(reason);
    }

    public static string ResolveSigningKeyPath(IConfiguration configuration, AuthOptions options) =>
        options.SigningKeyPath is { Length: > 0 } path
            ? path
            : Path.Combine(DataDirectory.Resolve(configuration), "keys", "signing.pem");
}
