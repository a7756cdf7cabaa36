using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Security;

/// <summary>Guessing passwords at the units service directly (not through the gateway): each user name has a small budget.</summary>
public sealed class Sign_in_limits : IDisposable
{
    private readonly ServiceFactory<Rectify.Units.Program> _units = new();

    [Fact]
    public async Task Attempts_beyond_the_budget_of_a_user_name_get_429_even_with_the_right_password()
    {
        using var factory = _units.WithWebHostBuilder(b => b.UseSetting("SignInLimit:PermitsPerUser", "3"));
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            await client.PostAsJsonAsync("/api/auth/token", new { username = "someone", password = "wrong" });

        var limited = await client.PostAsJsonAsync("/api/auth/token", new { username = "someone", password = "wrong" });
        var otherUser = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = TestAccounts.AdminPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    public void Dispose() => _units.Dispose();
}
