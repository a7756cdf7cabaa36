using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

public sealed record GrantRequest([property: Required] string Role, Guid? UnitId = null, Guid? JurisdictionId = null);

public sealed record CreateAccountRequest(
    [property: Required, RegularExpression("^[A-Za-z0-9._-]{3,50}$", ErrorMessage = "3 to 50 letters, digits, dots, dashes or underscores.")] string UserName,
    [property: Required, StringLength(100, MinimumLength = 2)] string DisplayName,
    [property: Required, StringLength(500)] string Password,
    Guid? PersonId = null,
    IReadOnlyList<GrantRequest>? Grants = null);

public sealed record PasswordResetRequest([property: Required, StringLength(500)] string NewPassword);

/// <summary>What an account looks like from outside: never its password hash.</summary>
public sealed record AccountResponse(
    Guid Id, string UserName, string DisplayName, Guid? PersonId, bool Disabled, bool LockedOut, IReadOnlyList<GrantResponse> Grants)
{
    /// <summary><c>LockedOut</c>: locked out from at least one client address right now.</summary>
    public static AccountResponse From(Account a, bool lockedOut) => new(a.Id, a.UserName, a.DisplayName, a.PersonId, a.Disabled,
        lockedOut, [.. a.Grants.OrderBy(g => g.Role).Select(g => new GrantResponse(g.Id, g.Role, g.UnitId, g.JurisdictionId))]);
}

public sealed record GrantResponse(Guid Id, string Role, Guid? UnitId, Guid? JurisdictionId);

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units/accounts").WithTags("Accounts");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPost("/", CreateAsync).Validate<CreateAccountRequest>();
        api.MapPost("/{id:guid}/grants", GrantAsync).Validate<GrantRequest>();
        api.MapDelete("/{id:guid}/grants/{grantId:guid}", RevokeAsync);
        api.MapPost("/{id:guid}/disable", (Guid id, AccountAdministration admin, CancellationToken ct) => SetDisabledAsync(id, true, admin, ct));
        api.MapPost("/{id:guid}/enable", (Guid id, AccountAdministration admin, CancellationToken ct) => SetDisabledAsync(id, false, admin, ct));
        api.MapPost("/{id:guid}/password", ResetPasswordAsync).Validate<PasswordResetRequest>();
        return app;
    }

    private static async Task<Ok<List<AccountResponse>>> ListAsync(
        int? skip, int? take, UnitsDbContext db, GrantRules rules, TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take);
        // Accounts number in the thousands at most; the reach rule is richer than a SQL filter is worth, so the
        // filter runs here and only the page goes out.
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Grants).OrderBy(a => a.UserName).ToListAsync(ct);
        var now = time.GetUtcNow();
        var locked = (await db.SignInThrottles.Where(t => t.LockedUntil > now).Select(t => t.AccountId).Distinct().ToListAsync(ct)).ToHashSet();
        var visible = new List<AccountResponse>();
        foreach (var account in accounts)
            if (await rules.CanAdministerAsync(account, ct))
                visible.Add(AccountResponse.From(account, locked.Contains(account.Id)));
        return TypedResults.Ok(visible.Page(page, context));
    }

    private static async Task<Ok<AccountResponse>> GetAsync(Guid id, AccountAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ResponseAsync(await admin.AdministrableAsync(id, ct), ct));

    private static async Task<Created<AccountResponse>> CreateAsync(
        CreateAccountRequest request, AccountAdministration admin, CancellationToken ct)
    {
        var grants = (request.Grants ?? []).Select(g => new GrantInput(g.Role, g.UnitId, g.JurisdictionId)).ToList();
        var account = await admin.CreateAsync(new AccountInput(request.UserName, request.DisplayName, request.Password, request.PersonId, grants), ct);
        return TypedResults.Created($"/api/units/accounts/{account.Id}", AccountResponse.From(account, lockedOut: false));
    }

    private static async Task<Ok<AccountResponse>> GrantAsync(
        Guid id, GrantRequest request, AccountAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ResponseAsync(await admin.GrantAsync(id, new GrantInput(request.Role, request.UnitId, request.JurisdictionId), ct), ct));

    private static async Task<Ok<AccountResponse>> RevokeAsync(Guid id, Guid grantId, AccountAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ResponseAsync(await admin.RevokeAsync(id, grantId, ct), ct));

    private static async Task<Ok<AccountResponse>> SetDisabledAsync(Guid id, bool disabled, AccountAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ResponseAsync(await admin.SetDisabledAsync(id, disabled, ct), ct));

    private static async Task<NoContent> ResetPasswordAsync(Guid id, PasswordResetRequest request, AccountAdministration admin, CancellationToken ct)
    {
        await admin.ResetPasswordAsync(id, request.NewPassword, ct);
        return TypedResults.NoContent();
    }
}
