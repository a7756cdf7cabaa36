using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;

namespace Rectify.Units.Apis;

public static class DepartmentsApi
{
    public static IEndpointRouteBuilder MapDepartmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units/{unitId:guid}/departments").WithTags("Departments");
        api.MapGet("/", ListAsync);
        api.MapPost("/", AddAsync).Validate<DepartmentRequest>();
        api.MapPut("/{id:guid}", RenameAsync).Validate<DepartmentRequest>();
        return app;
    }

    private static async Task<Ok<List<DepartmentResponse>>> ListAsync(Guid unitId, UnitAccess access, UnitsDbContext db, CancellationToken ct)
    {
        await access.VisibleAsync(unitId, ct);
        return TypedResults.Ok(await db.Departments.AsNoTracking().Where(d => d.UnitId == unitId).OrderBy(d => d.Name)
            .Select(d => DepartmentResponse.From(d)).ToListAsync(ct));
    }

    private static async Task<Created<DepartmentResponse>> AddAsync(
        Guid unitId, DepartmentRequest request, UnitAccess access, DepartmentDirectory directory, UnitScope scope, CancellationToken ct)
    {
        await access.ManageableAsync(unitId, ct);
        var department = await directory.AddAsync(unitId, request.Name, scope.Actor, ct);
        return TypedResults.Created($"/api/units/{unitId}/departments/{department.Id}", DepartmentResponse.From(department));
    }

    private static async Task<Ok<DepartmentResponse>> RenameAsync(
        Guid unitId, Guid id, DepartmentRequest request, UnitAccess access, DepartmentDirectory directory, UnitScope scope, CancellationToken ct)
    {
        await access.ManageableAsync(unitId, ct);
        return TypedResults.Ok(DepartmentResponse.From(await directory.RenameAsync(unitId, id, request.Name, scope.Actor, ct)));
    }
}
