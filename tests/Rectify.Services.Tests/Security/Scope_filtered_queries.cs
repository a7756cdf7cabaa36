using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Reporting.Infrastructure;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Services.Tests.Security;

/// <summary>
/// Queries filtered through <see cref="UnitScope.Visible{T}"/> carry the caller's granted units as a parameter:
/// each caller sees their own units, and the query is compiled once for all of them (issue 14: a constant list
/// made EF Core compile every scoped query afresh on every request).
/// </summary>
public sealed class Scope_filtered_queries : IDisposable
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"rectify-scope-{Guid.NewGuid():N}.db");
    private readonly Compilations _compilations = new();

    [Fact]
    public async Task See_each_callers_units_and_are_compiled_once()
    {
        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            db.Units.AddRange(Unit(A, "/p/a/"), Unit(B, "/p/b/"), Unit(C, "/p/c/"));
            await db.SaveChangesAsync();
        }

        Assert.Equal([A], await VisibleAsync($"unit_coordinator|u:{A}"));
        var compiled = _compilations.Count;
        Assert.Equal([B], await VisibleAsync($"unit_coordinator|u:{B}"));
        Assert.Equal(new[] { A, B }.Order(), await VisibleAsync($"unit_coordinator|u:{A}", $"unit_coordinator|u:{B}"));
        Assert.Equal(compiled, _compilations.Count);

        Assert.Equal([C], await VisibleAsync("inspection_office|j:/p/c/"));
        Assert.Empty(await VisibleAsync("inspection_office|j:/q/"));
    }

    private async Task<List<Guid>> VisibleAsync(params string[] grants)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(grants.Select(g => new Claim(RectifyClaims.Grant, g)), "test"));
        var scope = new UnitScope(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } });
        await using var db = Context();
        return await db.Units.Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath)).Select(u => u.UnitId).OrderBy(u => u).ToListAsync();
    }

    private ReportingSqliteDbContext Context() =>
        new(new DbContextOptionsBuilder<ReportingSqliteDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(_compilations).Options);

    private static UnitReplica Unit(Guid id, string path) =>
        new() { UnitId = id, Name = path, ShortName = path, Kind = "党组", JurisdictionPath = path, Version = 1, UpdatedAt = DateTimeOffset.UnixEpoch };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private sealed class Compilations : IQueryExpressionInterceptor
    {
        public int Count;

        public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
        {
            Interlocked.Increment(ref Count);
            return queryExpression;
        }
    }
}
