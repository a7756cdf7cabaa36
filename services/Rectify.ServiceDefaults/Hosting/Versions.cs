using Microsoft.AspNetCore.Http;
using Rectify.ServiceDefaults.Errors;

namespace Rectify.ServiceDefaults.Hosting;

/// <summary>
/// Optimistic concurrency over HTTP: reads send the version as a strong ETag ("7"); writes may send
/// it back in If-Match and get a 412 when someone changed the resource in between.
/// </summary>
public static class Versions
{
    public static string ETag(long version) => $"\"{version}\"";

    public static void SetETag(this HttpContext context, long version) => context.Response.Headers.ETag = ETag(version);

    /// <summary>The version in If-Match, null when absent or "*"; a malformed header is a 400.</summary>
    public static long? IfMatch(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
            return null;
        if (header.StartsWith("W/", StringComparison.Ordinal))
            header = header[2..];
        return long.TryParse(header.Trim('"'), out var version)
            ? version
            : throw new FieldException("If-Match", "If-Match carries the version from the ETag, e.g. \"7\".");
    }

    public static void Require(long? expected, long current, string what)
    {
        if (expected is { } version && version != current)
            throw new PreconditionFailedException(what, current);
    }
}
