using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;

namespace Rectify.Units.Apis;

public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units").WithTags("Units");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPost("/", RegisterAsync).Validate<UnitRequest>();
        api.MapPut("/{id:guid}", UpdateAsync).Validate<UnitRequest>();
        return app;
    }

    private static async Task<Ok<List<UnitResponse>>> ListAsync(int? skip, int? take, UnitsDbContext db, UnitScope scope, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await db.Units.AsNoTracking()
            .Where(scope.Visible<Unit>(u => u.Id, u => u.JurisdictionPath))
            .OrderBy(u => u.JurisdictionPath).ThenBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => UnitResponse.From(u))
            .PageAsync(ListPage.Of(skip, take, ListPage.MaxTake), http, ct));

    private static async Task<Ok<UnitResponse>> GetAsync(Guid id, HttpContext http, UnitAccess access, CancellationToken ct)
    {
        var unit = await access.VisibleAsync(id, ct);
        http.SetETag(unit.Version); // for If-Match on the first responsible person
        return TypedResults.Ok(UnitResponse.From(unit));
    }

    private static async Task<Created<UnitResponse>> RegisterAsync(
        UnitRequest request, UnitDirectory directory, UnitScope scope, CancellationToken ct)
    {
        await RequireOfficeOverAsync(request.JurisdictionId!.Value, directory, scope, ct);
        var unit = await directory.RegisterAsync(request.ToInput(), scope.Actor, ct);
        return TypedResults.Created($"/api/units/{unit.Id}", UnitResponse.From(unit));
    }

    private static async Task<Ok<UnitResponse>> UpdateAsync(
        Guid id, UnitRequest request, UnitAccess access, UnitDirectory directory, UnitScope scope, CancellationToken ct)
    {
        var unit = await access.ManageableAsync(id, ct);
        if (unit.JurisdictionId != request.JurisdictionId)
            await RequireOfficeOverAsync(request.JurisdictionId!.Value, directory, scope, ct);
        return TypedResults.Ok(UnitResponse.From(await directory.UpdateAsync(unit, request.ToInput(), scope.Actor, ct)));
    }

    // Placing a unit in a jurisdiction is the inspection office's call (or an administrator's).
    private static async Task RequireOfficeOverAsync(Guid jurisdictionId, UnitDirectory directory, UnitScope scope, CancellationToken ct)
    {
        var jurisdiction = await directory.JurisdictionAsync(jurisdictionId, ct);
        if (!scope.HoldsOver(jurisdiction.Path, RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the jurisdiction's inspection office or an administrator may place units in it.");
    }
}
