namespace Rectify.Services.Tests.Authorization;

/// <summary>Every units endpoint against callers outside the victim unit (see <see cref="MatrixTests{TWorld}"/>).</summary>
public sealed class Units_matrix(UnitsWorld world) : MatrixTests<UnitsWorld>(world), IClassFixture<UnitsWorld>
{
    protected override IReadOnlyDictionary<string, string> Declared { get; } = new Dictionary<string, string>
    {
        ["DELETE /api/units/accounts/{id:guid}/grants/{grantId:guid}"] = "401 404 404 404 404",
        ["GET /api/auth/jwks"] = "200 200 200 200 200",
        ["GET /api/units/"] = "401 200 200 200 200",
        ["GET /api/units/accounts/"] = "401 200 200 200 200",
        ["GET /api/units/accounts/{id:guid}"] = "401 404 404 404 404",
        // The jurisdiction tree is shared; only an administrator changes it.
        ["GET /api/units/jurisdictions/"] = "401 200 200 200 200",
        // The caller's own account: these test callers have none in the directory (404).
        ["GET /api/units/me/"] = "401 404 404 404 404",
        ["GET /api/units/people/template"] = "401 200 200 200 200",
        ["GET /api/units/{id:guid}"] = "401 404 404 404 404",
        ["GET /api/units/{unitId:guid}/departments/"] = "401 404 404 404 404",
        ["GET /api/units/{unitId:guid}/people/"] = "401 404 404 404 404",
        ["GET /api/units/{unitId:guid}/people/{id:guid}"] = "401 404 404 404 404",
        // Signing in is anonymous; the body names an account whose password is not the one sent. The failed try is
        // counted (sign_in_throttles, the lockout), so it writes that row by design.
        ["POST /api/auth/token"] = "401* 401* 401* 401* 401*",
        // Signing out ends every session of the caller's own account (its token version).
        ["POST /api/auth/signout"] = "401 204* 204* 204* 204*",
        // Placing a unit or account into the victim's scope is refused outright (403).
        ["POST /api/units/"] = "401 403 403 403 403",
        // An account bound to the victim's person: a person out of the caller's reach reads as absent (400 personId).
        ["POST /api/units/accounts/"] = "401 400 400 400 400",
        ["POST /api/units/accounts/{id:guid}/disable"] = "401 404 404 404 404",
        ["POST /api/units/accounts/{id:guid}/enable"] = "401 404 404 404 404",
        ["POST /api/units/accounts/{id:guid}/grants"] = "401 404 404 404 404",
        ["POST /api/units/accounts/{id:guid}/password"] = "401 404 404 404 404",
        ["POST /api/units/jurisdictions/"] = "401 403 403 403 403",
        ["POST /api/units/me/password"] = "401 404 404 404 404",
        ["POST /api/units/{unitId:guid}/departments/"] = "401 404 404 404 404",
        ["POST /api/units/{unitId:guid}/people/"] = "401 404 404 404 404",
        ["POST /api/units/{unitId:guid}/people/import"] = "401 404 404 404 404",
        ["PUT /api/units/jurisdictions/{id:guid}"] = "401 403 403 403 403",
        ["PUT /api/units/{id:guid}"] = "401 404 404 404 404",
        ["PUT /api/units/{id:guid}/first-responsible-person/"] = "401 404 404 404 404",
        ["PUT /api/units/{unitId:guid}/departments/{id:guid}"] = "401 404 404 404 404",
        ["PUT /api/units/{unitId:guid}/people/{id:guid}"] = "401 404 404 404 404",
    };

    protected override IReadOnlyDictionary<string, string> Unpaged { get; } = new Dictionary<string, string>
    {
        ["GET /api/units/jurisdictions/"] = "the jurisdiction tree, shown whole; hundreds of nodes at most",
        ["GET /api/units/{unitId:guid}/departments/"] = "one unit's departments, tens at most",
    };
}
