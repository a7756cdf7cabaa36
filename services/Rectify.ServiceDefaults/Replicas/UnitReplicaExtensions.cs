using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Messaging;

namespace Rectify.ServiceDefaults.Replicas;

public static class UnitReplicaExtensions
{
    public static ModelBuilder AddUnitReplicas(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new UnitReplicaConfiguration());

    public static ServiceConsumers AddUnitReplicaConsumers<TContext>(this ServiceConsumers consumers)
        where TContext : ServiceDbContext =>
        consumers.Add<UnitRegisteredReplicaConsumer<TContext>>().Add<UnitUpdatedReplicaConsumer<TContext>>();

    public sealed record UnitReplicaResponse(Guid Id, string Name, string ShortName, string Kind, long Version);

    /// <summary><c>GET {prefix}/units</c>: the service's own copy of the units in the caller's scope.</summary>
    public static RouteHandlerBuilder MapUnitReplicas<TContext>(this IEndpointRouteBuilder app, string serviceName, string prefix)
        where TContext : ServiceDbContext
    {
        // Passed as a plain Delegate: the route-handler analyzer crashes on generic method groups.
        Delegate handler = ListAsync<TContext>;
        return app.MapServiceApi(serviceName, prefix).MapGet("/units", handler);
    }

    private static async Task<IResult> ListAsync<TContext>(int? skip, int? take, TContext db, UnitScope scope, HttpContext http, CancellationToken ct)
        where TContext : ServiceDbContext =>
        TypedResults.Ok(await db.Set<UnitReplica>().AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath))
            .OrderBy(u => u.Name).ThenBy(u => u.UnitId)
            .Select(u => new UnitReplicaResponse(u.UnitId, u.Name, u.ShortName, u.Kind, u.Version))
            .PageAsync(ListPage.Of(skip, take, ListPage.MaxTake), http, ct));
}
