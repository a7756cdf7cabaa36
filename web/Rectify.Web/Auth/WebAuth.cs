using Microsoft.AspNetCore.Authentication.Cookies;

namespace Rectify.Web.Auth;

public static class WebAuth
{
    /// <summary>The cookie scheme the UI signs users into ("Cookies").</summary>
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>
    /// Policy for every page but sign-in: a user of the cookie scheme, named so that the UI keeps working
    /// when a hosting app makes another scheme (JWT bearer) the default. Components cannot name schemes directly.
    /// </summary>
    public const string UserPolicy = "Rectify.Web.User";

    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    public static string SignInUrl(string? returnUrl, bool expired = false)
    {
        var url = SignInPath + "?returnUrl=" + Uri.EscapeDataString(LocalUrl.OrRoot(returnUrl));
        return expired ? url + "&expired=true" : url;
    }
}
