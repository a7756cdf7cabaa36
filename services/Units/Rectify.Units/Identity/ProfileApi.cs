using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

public sealed record ChangePasswordRequest([property: Required, StringLength(500)] string CurrentPassword, [property: Required, StringLength(500)] string NewPassword);

public sealed record ProfileResponse(Guid Id, string UserName, string DisplayName, Guid? PersonId, IReadOnlyList<GrantResponse> Grants);

/// <summary>The signed-in user's own account: "my profile" and "change password".</summary>
public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units/me").WithTags("Profile");
        api.MapGet("/", GetAsync);
        api.MapPost("/password", ChangePasswordAsync).Validate<ChangePasswordRequest>();
        return app;
    }

    private static async Task<Ok<ProfileResponse>> GetAsync(UnitsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().Include(a => a.Grants).FirstOrDefaultAsync(a => a.Id == scope.AccountId, ct)
            ?? throw new NotFoundException("Account");
        return TypedResults.Ok(new ProfileResponse(account.Id, account.UserName, account.DisplayName, account.PersonId,
            [.. account.Grants.Select(g => new GrantResponse(g.Id, g.Role, g.UnitId, g.JurisdictionId))]));
    }

    private static async Task<NoContent> ChangePasswordAsync(ChangePasswordRequest request, AccountAdministration admin, CancellationToken ct)
    {
        await admin.ChangeOwnPasswordAsync(request.CurrentPassword, request.NewPassword, ct);
        return TypedResults.NoContent();
    }
}
