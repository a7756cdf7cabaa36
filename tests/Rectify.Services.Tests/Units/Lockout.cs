using System.Net;
using Microsoft.EntityFrameworkCore;
using Rectify.Services.Tests.Support;
using Rectify.Units.Identity;

namespace Rectify.Services.Tests.Units;

/// <summary>
/// Five attempts per (account, client address), counted atomically when they start; each lockout from the same
/// address lasts twice as long; a stranger's guesses never lock the administrator out from elsewhere.
/// </summary>
public sealed class Lockout : IDisposable
{
    private readonly SignInHost _host = new();

    [Fact]
    public async Task Thirty_parallel_wrong_guesses_leave_the_right_password_refused()
    {
        var guesses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => _host.SignInAsync($"wrong-guess-{i}")));

        var right = await _host.SignInAsync(TestAccounts.AdminPassword);

        Assert.All(guesses, g => Assert.Equal(HttpStatusCode.Unauthorized, g.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        var throttle = await _host.Db(db => db.SignInThrottles.AsNoTracking().SingleAsync());
        Assert.True(throttle.LockedUntil > _host.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_stranger_locking_admin_out_from_one_address_leaves_admin_signing_in_from_another()
    {
        for (var i = 0; i < SignIn.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await _host.SignInAsync("wrong", from: "203.0.113.7")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.SignInAsync(TestAccounts.AdminPassword, from: "203.0.113.7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.SignInAsync(TestAccounts.AdminPassword, from: "198.51.100.20")).StatusCode);
        // An IPv6 attacker cannot step around the lock inside their own /64.
        for (var i = 0; i < SignIn.MaxFailures; i++)
            await _host.SignInAsync("wrong", from: "2001:db8:1:2::1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.SignInAsync(TestAccounts.AdminPassword, from: "2001:db8:1:2::ffff")).StatusCode);
    }

    [Fact]
    public async Task Each_lockout_in_a_row_from_the_same_address_lasts_twice_as_long()
    {
        for (var i = 0; i < SignIn.MaxFailures; i++)
            await _host.SignInAsync("wrong");
        _host.Clock.Advance(SignIn.LockoutDuration);
        for (var i = 0; i < SignIn.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await _host.SignInAsync("wrong")).StatusCode);

        _host.Clock.Advance(SignIn.LockoutDuration);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.SignInAsync(TestAccounts.AdminPassword)).StatusCode);
        _host.Clock.Advance(SignIn.LockoutDuration);
        Assert.Equal(HttpStatusCode.OK, (await _host.SignInAsync(TestAccounts.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_costs_one_password_hash_like_a_known_one()
    {
        await _host.SignInAsync("warm-up"); // the first unknown name also makes the dummy hash
        await _host.SignInAsync("whatever", user: "nobody-at-all");

        var before = Volatile.Read(ref _host.Verifications);
        await _host.SignInAsync("whatever", user: "nobody-at-all");
        var unknown = Volatile.Read(ref _host.Verifications) - before;
        await _host.SignInAsync("wrong-password");
        var known = Volatile.Read(ref _host.Verifications) - before - unknown;

        Assert.Equal((1, 1), (unknown, known));
    }

    [Fact]
    public async Task A_password_reset_lifts_the_lockout()
    {
        var admin = await _host.CreateClient().SignedInAsync();
        var me = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<Me>(admin, "/api/units/me");
        for (var i = 0; i < SignIn.MaxFailures; i++)
            await _host.SignInAsync("wrong");

        var reset = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(admin, $"/api/units/accounts/{me!.Id}/password", new { newPassword = "Brand-new-pass-42" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.SignInAsync("Brand-new-pass-42")).StatusCode);
    }

    private sealed record Me(Guid Id);

    public void Dispose() => _host.Dispose();
}
