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
        api.MapPost("/", RegisterAsync).Validate<UnitRequest>().RequireAuthorization(AuthExtensions.AdminPolicy);
        api.MapPut("/{id:guid}", UpdateAsync).Validate<UnitRequest>().RequireAuthorization(AuthExtensions.AdminPolicy);
        return app;
    }

    private static async Task<Ok<List<UnitResponse>>> ListAsync(UnitsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var units = await scope.Filter(db.Units.AsNoTracking(), u => u.Id)
            .OrderBy(u => u.Name)
            .Select(u => new UnitResponse(u.Id, u.Name, u.ShortName, u.Kind, u.Version))
            .ToListAsync(ct);
        return TypedResults.Ok(units);
    }

    private static async Task<Results<Ok<UnitResponse>, NotFound>> GetAsync(Guid id, UnitsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        // Out of scope looks the same as absent: no hint that the unit exists.
        return unit is null || !scope.CanSee(id) ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(unit));
    }

    private static async Task<Created<UnitResponse>> RegisterAsync(
        UnitRequest request, UnitDirectory directory, UnitScope scope, CancellationToken ct)
    {
        var unit = await directory.RegisterAsync(request.Name, request.ShortName, request.Kind, scope.Actor, ct);
        return TypedResults.Created($"/api/units/{unit.Id}", ToResponse(unit));
    }

    private static async Task<Results<Ok<UnitResponse>, NotFound>> UpdateAsync(
        Guid id, UnitRequest request, UnitDirectory directory, UnitScope scope, CancellationToken ct)
    {
        var unit = await directory.UpdateAsync(id, request.Name, request.ShortName, request.Kind, scope.Actor, ct);
        return unit is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(unit));
    }

    private static UnitResponse ToResponse(Unit u) => new(u.Id, u.Name, u.ShortName, u.Kind, u.Version);
}
