using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Model;

namespace Rectify.Units.Apis;

/// <summary><c>PersonId</c> null clears the setting.</summary>
public sealed record FirstResponsibleRequest(Guid? PersonId);

/// <summary>
/// Sets a unit's first responsible person (第一责任人). Who leads a unit's rectification is decided over
/// the unit, so only its inspection office or an administrator may set it, not the unit's own coordinator.
/// </summary>
public static class FirstResponsibleApi
{
    public static IEndpointRouteBuilder MapFirstResponsibleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units/{id:guid}/first-responsible-person").WithTags("Units");
        api.MapPut("/", SetAsync);
        return app;
    }

    private static async Task<Ok<UnitResponse>> SetAsync(
        Guid id, FirstResponsibleRequest request, HttpContext http, UnitAccess access, UnitDirectory directory, UnitScope scope, CancellationToken ct)
    {
        var unit = await access.VisibleAsync(id, ct);
        if (!scope.HoldsOver(unit.JurisdictionPath, RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the unit's inspection office or an administrator may set its first responsible person.");
        Versions.Require(http.Request.IfMatch(), unit.Version, "The unit");
        unit = await directory.SetFirstResponsibleAsync(unit, request.PersonId, scope.Actor, ct);
        http.SetETag(unit.Version);
        return TypedResults.Ok(UnitResponse.From(unit));
    }
}
