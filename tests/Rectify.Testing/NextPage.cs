using System.Text.RegularExpressions;

namespace Rectify.Testing;

/// <summary>The page a list answer names next in its <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288), as the services write it.</summary>
public static partial class NextPage
{
    /// <summary>The next page's path relative to the client's base address, or null on the last page.</summary>
    public static string? Of(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links) && Next().Match(links.Single()) is { Success: true } match
            ? match.Groups[1].Value.TrimStart('/')
            : null;

    [GeneratedRegex("<([^>]+)>; rel=\"next\"")]
    private static partial Regex Next();
}
