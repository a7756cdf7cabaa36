namespace Rectify.Web.Auth;

/// <summary>Guards return URLs so that sign-in and the language switch cannot redirect off-site.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrRoot(string? url) => IsLocal(url) ? url! : "/";
}
