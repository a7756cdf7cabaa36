using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Rectify.ServiceDefaults.Auth;

/// <summary>
/// Which units the current caller may see. Services filter every query through it, so scoping is
/// one rule in one place rather than a check remembered per endpoint.
/// </summary>
public sealed class UnitScope(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>Administrators see every unit.</summary>
    public bool IsUnrestricted => User.IsInRole(RectifyRoles.Administrator) || User.HasClaim(RectifyClaims.Role, RectifyRoles.Administrator);

    public IReadOnlySet<Guid> Units => User.FindAll(RectifyClaims.Unit)
        .Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
        .Where(id => id != Guid.Empty)
        .ToHashSet();

    public bool CanSee(Guid unitId) => IsUnrestricted || Units.Contains(unitId);

    /// <summary>Narrows a query to the units in scope.</summary>
    public IQueryable<T> Filter<T>(IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, Guid>> unitOf)
    {
        if (IsUnrestricted)
            return query;
        var units = Units.ToList();
        var parameter = unitOf.Parameters[0];
        var contains = System.Linq.Expressions.Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
            System.Linq.Expressions.Expression.Constant(units), unitOf.Body);
        return query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, parameter));
    }

    public string? Actor => User.FindFirstValue(RectifyClaims.Subject);
}
