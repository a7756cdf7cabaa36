using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rectify.Services.Tests.Support;
using Rectify.Units.Identity;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

/// <summary>
/// The units service on a manual clock, with the caller's address taken from a test header (the in-memory
/// server has none) and a password hasher that counts its work.
/// </summary>
public sealed class SignInHost : IDisposable
{
    public const string AddressHeader = "X-Test-Client-Address";
    private readonly ServiceFactory<Rectify.Units.Program> _root = new();
    private readonly WebApplicationFactory<Rectify.Units.Program> _factory;

    public SignInHost()
    {
        _factory = _root.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<IStartupFilter, AddressFromHeader>();
            s.AddSingleton<IPasswordHasher<Account>>(sp => new CountingHasher(sp.GetRequiredService<IOptions<PasswordHasherOptions>>(), this));
        }));
    }

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public int Verifications;

    public Task<HttpResponseMessage> SignInAsync(string password, string from = "203.0.113.7", string user = "admin") =>
        SignInAsync(_factory.CreateClient(), password, from, user);

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string password, string from, string user = "admin")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username = user, password }) };
        request.Headers.Add(AddressHeader, from);
        return client.SendAsync(request);
    }

    public HttpClient CreateClient() => _factory.CreateClient();

    public async Task<T> Db<T>(Func<UnitsDbContext, Task<T>> work)
    {
        using var scope = _factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<UnitsDbContext>());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _root.Dispose();
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (context.Request.Headers[AddressHeader] is [{ } address])
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return then(context);
            });
            next(app);
        };
    }

    private sealed class CountingHasher(IOptions<PasswordHasherOptions> options, SignInHost host) : PasswordHasher<Account>(options)
    {
        public override PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref host.Verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
