using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;

namespace Rectify.Units.Apis;

public static class JurisdictionsApi
{
    public static IEndpointRouteBuilder MapJurisdictionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units/jurisdictions").WithTags("Jurisdictions");
        // The tree itself is not confidential: every signed-in user needs it to pick and read places.
        api.MapGet("/", ListAsync);
        api.MapPost("/", RegisterAsync).Validate<JurisdictionRequest>().RequireAuthorization(AuthExtensions.AdminPolicy);
        api.MapPut("/{id:guid}", RenameAsync).Validate<JurisdictionRequest>().RequireAuthorization(AuthExtensions.AdminPolicy);
        return app;
    }

    private static async Task<Ok<List<JurisdictionResponse>>> ListAsync(UnitsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Path).Select(j => JurisdictionResponse.From(j)).ToListAsync(ct));

    private static async Task<Created<JurisdictionResponse>> RegisterAsync(
        JurisdictionRequest request, JurisdictionDirectory directory, UnitScope scope, CancellationToken ct)
    {
        var jurisdiction = await directory.RegisterAsync(
            new JurisdictionInput(request.ParentId, request.Name, request.Level, request.Committee, request.InspectionOffice), scope.Actor, ct);
        return TypedResults.Created($"/api/units/jurisdictions/{jurisdiction.Id}", JurisdictionResponse.From(jurisdiction));
    }

    private static async Task<Ok<JurisdictionResponse>> RenameAsync(
        Guid id, JurisdictionRequest request, JurisdictionDirectory directory, UnitScope scope, CancellationToken ct) =>
        TypedResults.Ok(JurisdictionResponse.From(await directory.RenameAsync(id,
            new JurisdictionInput(request.ParentId, request.Name, request.Level, request.Committee, request.InspectionOffice), scope.Actor, ct)));
}
