using System.Net;
using System.Net.Http.Headers;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Security;

/// <summary>
/// The units service announced that an account's tokens were revoked: each other service, once it
/// applied the event, refuses the account's old token and still takes a newer one.
/// </summary>
public sealed class Revoked_tokens_in_every_service
{
    public static TheoryData<string> Services => ["findings", "tasks", "notifications", "reporting"];

    [Theory]
    [MemberData(nameof(Services))]
    public Task An_older_token_version_is_refused_and_the_current_one_accepted(string service) =>
        WithService(service, async (factory, path) =>
        {
            var account = Guid.NewGuid();
            var old = Client(factory, account, tokenVersion: 0);
            var current = Client(factory, account, tokenVersion: 1);
            Assert.Equal(HttpStatusCode.OK, (await old.GetAsync(path)).StatusCode);

            await factory.Services.GetTestHarness().Bus.Publish(new AccountTokensRevoked(Meta(2), account, 1, Disabled: false, "role revoked"));

            var refused = await Eventually.HoldsAsync(() => old.GetAsync(path), r => r.StatusCode == HttpStatusCode.Unauthorized);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await current.GetAsync(path)).StatusCode);
        });

    [Theory]
    [MemberData(nameof(Services))]
    public Task Every_token_of_a_disabled_account_is_refused(string service) =>
        WithService(service, async (factory, path) =>
        {
            var account = Guid.NewGuid();
            var current = Client(factory, account, tokenVersion: 1);
            var someoneElse = Client(factory, Guid.NewGuid(), tokenVersion: 0);
            Assert.Equal(HttpStatusCode.OK, (await current.GetAsync(path)).StatusCode);

            await factory.Services.GetTestHarness().Bus.Publish(new AccountTokensRevoked(Meta(3), account, 1, Disabled: true, "account disabled"));

            var refused = await Eventually.HoldsAsync(() => current.GetAsync(path), r => r.StatusCode == HttpStatusCode.Unauthorized);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync(path)).StatusCode);
        });

    private static async Task WithService(string service, Func<IServiceFactory, string, Task> test)
    {
        switch (service)
        {
            case "findings": await Run(new ServiceFactory<Rectify.Findings.Program>(), "/api/findings/units", test); break;
            case "tasks": await Run(new ServiceFactory<Rectify.Tasks.Program>(), "/api/tasks/units", test); break;
            case "notifications": await Run(new ServiceFactory<Rectify.Notifications.Program>(), "/api/notifications/units", test); break;
            case "reporting": await Run(new ServiceFactory<Rectify.Reporting.Program>(), "/api/reports/units", test); break;
            default: throw new ArgumentOutOfRangeException(nameof(service));
        }
    }

    private static async Task Run<TProgram>(ServiceFactory<TProgram> factory, string path, Func<IServiceFactory, string, Task> test) where TProgram : class
    {
        using (factory)
            await test(new Wrapped<TProgram>(factory), path);
    }

    /// <summary>What the test needs of a hosted service, whichever program it is.</summary>
    private interface IServiceFactory
    {
        IServiceProvider Services { get; }
        string DataDirectory { get; }
        HttpClient CreateClient();
    }

    private sealed class Wrapped<TProgram>(ServiceFactory<TProgram> factory) : IServiceFactory where TProgram : class
    {
        public IServiceProvider Services => factory.Services;
        public string DataDirectory => factory.DataDirectory;
        public HttpClient CreateClient() => factory.CreateClient();
    }

    private static HttpClient Client(IServiceFactory factory, Guid account, long tokenVersion)
    {
        var client = factory.CreateClient();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object>
            {
                [RectifyClaims.Subject] = account.ToString(),
                [RectifyClaims.Name] = "clerk",
                [RectifyClaims.Grant] = new[] { $"{RectifyRoles.Administrator}|*" },
                [RectifyClaims.Role] = new[] { RectifyRoles.Administrator },
                [RectifyClaims.TokenVersion] = tokenVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(TestTokens.KeyOf(factory.DataDirectory)), SecurityAlgorithms.RsaSha256),
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static EventMeta Meta(long version) => EventMeta.New(version, "units", DateTimeOffset.UtcNow);
}
