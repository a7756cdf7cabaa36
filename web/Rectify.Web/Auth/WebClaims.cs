using System.Security.Claims;

namespace Rectify.Web.Auth;

/// <summary>Claims the web UI keeps in its sign-in cookie.</summary>
public static class WebClaims
{
    /// <summary>The gateway's bearer token, forwarded on every API call.</summary>
    public const string AccessToken = "rectify:access_token";

    public static string? AccessTokenOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(AccessToken)?.Value : null;
}
