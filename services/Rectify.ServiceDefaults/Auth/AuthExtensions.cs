using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
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
        var options = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
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
                : SigningKeys.LoadOrCreate(ResolveSigningKeyPath(builder, options));
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = AuthOptions.Issuer,
                ValidAudience = AuthOptions.Audience,
                IssuerSigningKey = new RsaSecurityKey(key),
                NameClaimType = "name",
                RoleClaimType = "role",
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser())
            .AddPolicy(AdminPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireClaim(RectifyClaims.Role, RectifyRoles.Administrator));
        builder.Services.AddScoped<UnitScope>();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    public static string ResolveSigningKeyPath(WebApplicationBuilder builder, AuthOptions options) =>
        options.SigningKeyPath is { Length: > 0 } path
            ? path
            : Path.Combine(DataDirectory.Resolve(builder.Configuration), "keys", "signing.pem");
}
