using System.Net;
using System.Net.Http.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;
using Rectify.Units.Identity;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

/// <summary>
/// Clue access (discipline_liaison) is never self-granted, not even through a new account for one's own person;
/// every grant change is on the append-only audit trail.
/// </summary>
public sealed class Granting_clue_access : IAsyncLifetime
{
    private ScopedDirectory _dir = null!;

    private sealed record Me(Guid Id);

    private sealed record AccountRow(Guid Id, List<GrantRow> Grants);

    private sealed record GrantRow(Guid Id, string Role, Guid? UnitId);

    private async Task<T> Db<T>(Func<UnitsDbContext, Task<T>> work)
    {
        using var scope = _dir.Units.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<UnitsDbContext>());
    }

    private Task<int> LiaisonGrantsAsync() => Db(db => db.RoleGrants.CountAsync(g => g.Role == "discipline_liaison"));

    [Fact]
    public async Task An_administrator_granting_themselves_clue_access_is_refused_and_nothing_is_written()
    {
        var me = await _dir.Admin.GetFromJsonAsync<Me>("/api/units/me");
        var audited = await Db(db => db.GrantAudit.CountAsync());

        var response = await _dir.Admin.PostAsJsonAsync($"/api/units/accounts/{me!.Id}/grants", new { role = "discipline_liaison", unitId = _dir.UnitA });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("discipline-liaison", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await LiaisonGrantsAsync());
        Assert.Equal(audited, await Db(db => db.GrantAudit.CountAsync()));
    }

    [Fact]
    public async Task An_office_user_creating_an_account_for_their_own_person_with_clue_access_is_refused()
    {
        var person = await _dir.Admin.PersonAsync(_dir.UnitFuzhou, "陈巡察", "巡察办干部");
        var created = await _dir.Admin.PostAsJsonAsync("/api/units/accounts", new
        {
            userName = "office-chen", displayName = "陈巡察", password = "Pass-word-123", personId = person,
            grants = new[] { new { role = "inspection_office", jurisdictionId = (Guid?)_dir.Fuzhou, unitId = (Guid?)null } },
        });
        created.EnsureSuccessStatusCode();
        var office = await _dir.Units.CreateClient().SignedInAsync("office-chen", "Pass-word-123");

        var second = await office.PostAsJsonAsync("/api/units/accounts", new
        {
            userName = "chen-clues", displayName = "陈巡察", password = "Pass-word-123", personId = person,
            grants = new[] { new { role = "discipline_liaison", unitId = _dir.UnitA } },
        });
        var own = await office.PostAsJsonAsync($"/api/units/accounts/{(await office.GetFromJsonAsync<Me>("/api/units/me"))!.Id}/grants",
            new { role = "discipline_liaison", unitId = _dir.UnitA });

        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.False(await Db(db => db.Accounts.AnyAsync(a => a.UserName == "chen-clues")));
        Assert.Equal(0, await LiaisonGrantsAsync());
        // For someone else, the same office may.
        var other = await _dir.Admin.PersonAsync(_dir.UnitA, "林联络", "纪检员");
        var forOther = await office.PostAsJsonAsync("/api/units/accounts", new
        {
            userName = "lin-liaison", displayName = "林联络", password = "Pass-word-123", personId = other,
            grants = new[] { new { role = "discipline_liaison", unitId = _dir.UnitA } },
        });
        Assert.Equal(HttpStatusCode.Created, forOther.StatusCode);
    }

    [Fact]
    public async Task Granting_and_revoking_clue_access_for_someone_else_is_on_the_audit_trail()
    {
        var me = await _dir.Admin.GetFromJsonAsync<Me>("/api/units/me");
        var granted = await _dir.Admin.PostAsJsonAsync($"/api/units/accounts/{_dir.CoordinatorBAccount}/grants", new { role = "discipline_liaison", unitId = _dir.UnitB });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var grant = (await granted.Content.ReadFromJsonAsync<AccountRow>())!.Grants.Single(g => g.Role == "discipline_liaison");

        var revoked = await _dir.Admin.DeleteAsync($"/api/units/accounts/{_dir.CoordinatorBAccount}/grants/{grant.Id}");

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var trail = await Db(db => db.GrantAudit.AsNoTracking().Where(e => e.AccountId == _dir.CoordinatorBAccount && e.Role == "discipline_liaison")
            .OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([GrantAuditActions.Granted, GrantAuditActions.Revoked], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal((me!.Id, _dir.UnitB), (e.ActorAccountId!.Value, e.UnitId!.Value)));
        Assert.True(await _dir.Units.Services.GetTestHarness().Published.Any<RoleGranted>(m => m.Context.Message.Role == "discipline_liaison"));
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_edited_or_deleted()
    {
        (await _dir.Admin.PostAsJsonAsync($"/api/units/accounts/{_dir.CoordinatorBAccount}/grants", new { role = "viewer", unitId = _dir.UnitB }))
            .EnsureSuccessStatusCode();
        Assert.True(await Db(db => db.GrantAudit.AnyAsync(e => e.Role == "viewer")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Db(async db =>
        {
            var entry = await db.GrantAudit.FirstAsync();
            entry.Role = "administrator";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Db(async db =>
        {
            db.GrantAudit.Remove(await db.GrantAudit.FirstAsync());
            return await db.SaveChangesAsync();
        }));
    }

    public async Task InitializeAsync() => _dir = await new ScopedDirectory().BuildAsync();

    public async Task DisposeAsync() => await _dir.DisposeAsync();
}
