using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Rectify.ServiceDefaults.Auth;

/// <summary>
/// Which units the current caller may see and manage, from the grants in their token. Services
/// filter every query through it, so scoping is one rule in one place rather than a check
/// remembered per endpoint.
/// </summary>
public sealed class UnitScope(IHttpContextAccessor accessor)
{
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public IReadOnlyList<Grant> Grants => [.. User.FindAll(RectifyClaims.Grant).Select(c => Grant.Parse(c.Value)).OfType<Grant>()];

    public string? Actor => User.FindFirstValue(RectifyClaims.Subject);

    /// <summary>The caller's account id, when the token is one of ours.</summary>
    public Guid? AccountId => Guid.TryParse(Actor, out var id) ? id : null;

    public Guid? PersonId => Guid.TryParse(User.FindFirstValue(RectifyClaims.Person), out var id) ? id : null;

    public bool IsAdministrator => Grants.Any(g => g.Role == RectifyRoles.Administrator && g.IsGlobal);

    /// <summary>Whether any grant lets the caller see the unit.</summary>
    public bool CanSee(Guid unitId, string jurisdictionPath) => Grants.Any(g => g.Covers(unitId, jurisdictionPath));

    /// <summary>Whether one of <paramref name="roles"/> is held for the unit (admin always is).</summary>
    public bool Holds(Guid unitId, string jurisdictionPath, params string[] roles) =>
        IsAdministrator || Grants.Any(g => roles.Contains(g.Role) && g.Covers(unitId, jurisdictionPath));

    /// <summary>Whether one of <paramref name="roles"/> is held over a whole jurisdiction subtree (admin always is).</summary>
    public bool HoldsOver(string jurisdictionPath, params string[] roles) =>
        IsAdministrator || Grants.Any(g => roles.Contains(g.Role) && (g.IsGlobal ||
            (g.JurisdictionPath is { } path && jurisdictionPath.StartsWith(path, StringComparison.Ordinal))));

    /// <summary>Registering and changing a unit's directory: admin, its inspection office, its coordinator.</summary>
    public bool CanManage(Guid unitId, string jurisdictionPath) =>
        Holds(unitId, jurisdictionPath, RectifyRoles.InspectionOffice, RectifyRoles.UnitCoordinator);

    /// <summary>
    /// A predicate for queries: rows whose unit the caller may see. Translates to SQL (IN and LIKE
    /// prefix), so filtering happens in the database.
    /// </summary>
    public Expression<Func<T, bool>> Visible<T>(Expression<Func<T, Guid>> unitOf, Expression<Func<T, string>> jurisdictionPathOf) =>
        Covered(Grants, unitOf, jurisdictionPathOf);

    /// <summary>Like <see cref="Visible{T}"/>, for rows the caller may manage (admin, inspection office, coordinator).</summary>
    public Expression<Func<T, bool>> Manageable<T>(Expression<Func<T, Guid>> unitOf, Expression<Func<T, string>> jurisdictionPathOf) =>
        Covered([.. Grants.Where(g => g.Role is RectifyRoles.Administrator or RectifyRoles.InspectionOffice or RectifyRoles.UnitCoordinator)],
            unitOf, jurisdictionPathOf);

    private static Expression<Func<T, bool>> Covered<T>(
        IReadOnlyList<Grant> grants, Expression<Func<T, Guid>> unitOf, Expression<Func<T, string>> jurisdictionPathOf)
    {
        var row = unitOf.Parameters[0];
        if (grants.Any(g => g.IsGlobal && g.Role == RectifyRoles.Administrator))
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(true), row);

        var path = new ParameterReplacer(jurisdictionPathOf.Parameters[0], row).Visit(jurisdictionPathOf.Body);
        var units = grants.Where(g => g.UnitId is not null).Select(g => g.UnitId!.Value).Distinct().ToList();
        // The units as a captured value, not a constant: EF Core makes it a query parameter and reuses the compiled
        // query for every caller. A constant list is compared by reference, so each request compiled its queries
        // anew (issue 14: most of the dashboard's time at scale). The prefixes stay constants (a few per
        // jurisdiction, and a LIKE on a constant prefix can use an index).
        Expression body = units.Count == 0 ? Expression.Constant(false)
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                Expression.Property(Expression.Constant(new GrantedUnits(units)), nameof(GrantedUnits.Ids)), unitOf.Body);
        foreach (var prefix in grants.Where(g => g.JurisdictionPath is not null).Select(g => g.JurisdictionPath!).Distinct())
            body = Expression.OrElse(body, Expression.Call(path, StartsWith, Expression.Constant(prefix)));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private sealed class GrantedUnits(List<Guid> ids)
    {
        public List<Guid> Ids { get; } = ids;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
