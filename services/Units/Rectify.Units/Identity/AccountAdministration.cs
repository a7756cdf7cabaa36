using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

public sealed record AccountInput(string UserName, string DisplayName, string Password, Guid? PersonId, IReadOnlyList<GrantInput> Grants);

/// <summary>Creates accounts, grants and revokes roles, disables and resets. Passwords are only ever hashed.</summary>
public sealed class AccountAdministration(
    UnitsDbContext db, GrantRules rules, IPasswordHasher<Account> hasher, UnitScope scope, TimeProvider time)
{
    public async Task<Account> CreateAsync(AccountInput input, CancellationToken ct)
    {
        PasswordPolicy.Check(input.Password, "password");
        if (input.PersonId is { } personId && !await CanBindAsync(personId, ct))
            throw new FieldException("personId", "No such person.");
        var account = new Account
        {
            Id = Guid.CreateVersion7(), UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim(), PasswordHash = "",
            PersonId = input.PersonId, CreatedAt = time.GetUtcNow(), Version = 1,
        };
        account.PasswordHash = hasher.HashPassword(account, input.Password);
        for (var i = 0; i < input.Grants.Count; i++)
        {
            var grant = await rules.ResolveAsync(account.Id, input.Grants[i], $"grants[{i}]", ct);
            await RefuseSelfLiaisonAsync(account, grant, ct);
            account.Grants.Add(grant);
        }
        if (account.Grants.Count == 0 && !scope.IsAdministrator)
            throw new FieldException("grants", "Give the account at least one role you may grant.");
        db.Accounts.Add(account);
        foreach (var grant in account.Grants)
            Announce(account, grant, granted: true);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<Account> GrantAsync(Guid accountId, GrantInput input, CancellationToken ct)
    {
        var account = await AdministrableAsync(accountId, ct);
        var grant = await rules.ResolveAsync(account.Id, input, "role", ct);
        await RefuseSelfLiaisonAsync(account, grant, ct);
        account.Grants.Add(grant);
        db.RoleGrants.Add(grant);
        Announce(account, grant, granted: true);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<Account> RevokeAsync(Guid accountId, Guid grantId, CancellationToken ct)
    {
        var account = await AdministrableAsync(accountId, ct);
        var grant = account.Grants.FirstOrDefault(g => g.Id == grantId) ?? throw new NotFoundException("Role grant");
        if (account.Id == scope.AccountId && grant.Role == RectifyRoles.Administrator)
            throw new FieldException("grantId", "An administrator cannot remove their own administrator role.");
        account.Grants.Remove(grant);
        db.RoleGrants.Remove(grant);
        Announce(account, grant, granted: false);
        AccountTokens.Revoke(db, account, "role revoked", scope.Actor, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<Account> SetDisabledAsync(Guid accountId, bool disabled, CancellationToken ct)
    {
        var account = await AdministrableAsync(accountId, ct);
        if (disabled && account.Id == scope.AccountId)
            throw new FieldException("accountId", "You cannot disable your own account.");
        account.Disabled = disabled;
        account.Version++;
        AccountTokens.Revoke(db, account, disabled ? "account disabled" : "account enabled", scope.Actor, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task ResetPasswordAsync(Guid accountId, string newPassword, CancellationToken ct)
    {
        PasswordPolicy.Check(newPassword, "newPassword");
        var account = await AdministrableAsync(accountId, ct);
        account.PasswordHash = hasher.HashPassword(account, newPassword);
        account.Version++;
        AccountTokens.Revoke(db, account, "password reset", scope.Actor, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await db.SignInThrottles.Where(t => t.AccountId == account.Id).ExecuteDeleteAsync(ct); // a reset also lifts every lockout
    }

    public async Task ChangeOwnPasswordAsync(string currentPassword, string newPassword, CancellationToken ct)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == scope.AccountId, ct) ?? throw new NotFoundException("Account");
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
            throw new FieldException("currentPassword", "The current password is not right.");
        PasswordPolicy.Check(newPassword, "newPassword");
        if (newPassword == currentPassword)
            throw new FieldException("newPassword", "Choose a password different from the current one.");
        account.PasswordHash = hasher.HashPassword(account, newPassword);
        account.Version++;
        AccountTokens.Revoke(db, account, "password changed", scope.Actor, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The person must be in a unit the caller manages: bound to another unit's person, an account
    /// would read that person's inbox and mute their reminders. Out of reach reads as absent.
    /// </summary>
    private async Task<bool> CanBindAsync(Guid personId, CancellationToken ct)
    {
        var unit = await db.People.Where(p => p.Id == personId)
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { u.Id, u.JurisdictionPath })
            .FirstOrDefaultAsync(ct);
        return unit is not null && scope.CanManage(unit.Id, unit.JurisdictionPath);
    }

    public async Task<AccountResponse> ResponseAsync(Account account, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return AccountResponse.From(account, await db.SignInThrottles.AnyAsync(t => t.AccountId == account.Id && t.LockedUntil > now, ct));
    }

    public async Task<Account> AdministrableAsync(Guid accountId, CancellationToken ct)
    {
        var account = await db.Accounts.Include(a => a.Grants).FirstOrDefaultAsync(a => a.Id == accountId, ct)
            ?? throw new NotFoundException("Account");
        // An account outside the caller's reach is reported as absent, like an out-of-scope unit.
        return await rules.CanAdministerAsync(account, ct) ? account : throw new NotFoundException("Account");
    }

    /// <summary>
    /// Clue access (问题线索) is the one role nobody hands themselves: not to their own account, nor to another
    /// account of the person they are bound to. Someone else has to grant it, and that is on the audit trail.
    /// </summary>
    private async Task RefuseSelfLiaisonAsync(Account target, RoleGrant grant, CancellationToken ct)
    {
        if (grant.Role != RectifyRoles.DisciplineLiaison || scope.AccountId is not { } self)
            return;
        var ownPerson = await db.Accounts.Where(a => a.Id == self).Select(a => a.PersonId).FirstOrDefaultAsync(ct) ?? scope.PersonId;
        if (target.Id == self || (target.PersonId is { } person && person == ownPerson))
            throw new ForbiddenException("Nobody may grant the discipline-liaison role to themselves; another administrator or inspection office must.");
    }

    private void Announce(Account account, RoleGrant grant, bool granted)
    {
        account.Version++;
        var now = time.GetUtcNow();
        db.GrantAudit.Add(new GrantAuditEntry
        {
            At = now, ActorAccountId = scope.AccountId, AccountId = account.Id, PersonId = account.PersonId,
            Action = granted ? GrantAuditActions.Granted : GrantAuditActions.Revoked, Role = grant.Role, UnitId = grant.UnitId,
            JurisdictionId = grant.JurisdictionId,
        });
        var meta = EventMeta.New(account.Version, scope.Actor, now);
        db.Publish(granted
            ? new RoleGranted(meta, account.Id, account.PersonId, grant.Role, grant.UnitId, grant.JurisdictionId)
            : new RoleRevoked(meta, account.Id, account.PersonId, grant.Role, grant.UnitId, grant.JurisdictionId));
    }
}
