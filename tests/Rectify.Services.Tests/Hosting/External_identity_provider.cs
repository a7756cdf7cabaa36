using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Hosting;

/// <summary>Any OIDC provider replaces the built-in issuer through configuration alone.</summary>
public sealed class External_identity_provider : IDisposable
{
    private readonly ServiceFactory<Rectify.Findings.Program> _findings = new();

    [Fact]
    public void Auth_Authority_makes_every_service_validate_against_that_provider()
    {
        using var host = _findings.WithWebHostBuilder(b => b.UseSetting("Auth:Authority", "https://sso.example.gov.cn/realms/rectify"));

        var jwt = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Equal("https://sso.example.gov.cn/realms/rectify", jwt.Authority);
        Assert.Equal("rectify-api", jwt.Audience);
        // No built-in key is trusted: the provider's published keys are.
        Assert.Null(jwt.TokenValidationParameters.IssuerSigningKey);
        Assert.False(File.Exists(Path.Combine(_findings.DataDirectory, "keys", "signing.pem")));
    }

    [Fact]
    public void Without_it_the_built_in_issuers_key_is_trusted()
    {
        var jwt = _findings.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Null(jwt.Authority);
        Assert.NotNull(jwt.TokenValidationParameters.IssuerSigningKey);
    }

    public void Dispose() => _findings.Dispose();
}
