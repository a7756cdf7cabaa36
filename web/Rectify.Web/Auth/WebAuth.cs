using Microsoft.AspNetCore.Authentication.Cookies;

namespace Rectify.Web.Auth;

public static class WebAuth
{
    /// <summary>The cookie scheme the UI signs users into ("Cookies").</summary>
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    public static string SignInUrl(string? returnUrl, bool expired = false)
    {
        var url = SignInPath + "?returnUrl=" + Uri.EscapeDataString(LocalUrl.OrRoot(returnUrl));
        return expired ? url + "&expired=true" : url;
    }
}
