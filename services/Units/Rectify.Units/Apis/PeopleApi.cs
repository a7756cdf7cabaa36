using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;

namespace Rectify.Units.Apis;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units/{unitId:guid}/people").WithTags("People");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPost("/", RegisterAsync).Validate<PersonRequest>();
        api.MapPut("/{id:guid}", UpdateAsync).Validate<PersonRequest>();
        return app;
    }

    private static async Task<Ok<List<PersonResponse>>> ListAsync(
        Guid unitId, int? skip, int? take, UnitAccess access, UnitsDbContext db, HttpContext http, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take, ListPage.MaxTake);
        await access.VisibleAsync(unitId, ct);
        return TypedResults.Ok(await db.People.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => PersonResponse.From(p)).PageAsync(page, http, ct));
    }

    private static async Task<Ok<PersonResponse>> GetAsync(Guid unitId, Guid id, UnitAccess access, UnitsDbContext db, CancellationToken ct)
    {
        await access.VisibleAsync(unitId, ct);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.UnitId == unitId, ct)
            ?? throw new NotFoundException("Person");
        return TypedResults.Ok(PersonResponse.From(person));
    }

    private static async Task<Created<PersonResponse>> RegisterAsync(
        Guid unitId, PersonRequest request, UnitAccess access, PeopleDirectory directory, UnitScope scope, CancellationToken ct)
    {
        await access.ManageableAsync(unitId, ct);
        var person = await directory.RegisterAsync(unitId, request.ToInput(), scope.Actor, ct);
        return TypedResults.Created($"/api/units/{unitId}/people/{person.Id}", PersonResponse.From(person));
    }

    private static async Task<Ok<PersonResponse>> UpdateAsync(
        Guid unitId, Guid id, PersonRequest request, UnitAccess access, UnitsDbContext db, PeopleDirectory directory, UnitScope scope, CancellationToken ct)
    {
        await access.ManageableAsync(unitId, ct);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id && p.UnitId == unitId, ct) ?? throw new NotFoundException("Person");
        return TypedResults.Ok(PersonResponse.From(await directory.UpdateAsync(person, request.ToInput(), scope.Actor, ct)));
    }
}
