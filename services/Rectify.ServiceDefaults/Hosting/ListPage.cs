using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Errors;

namespace Rectify.ServiceDefaults.Hosting;

/// <summary>
/// The bounds of a list request, <c>?skip=&amp;take=</c>: every list endpoint reads its rows through this, so no
/// request can make a service load or send an unbounded result. Out-of-range values are a 400 naming the field.
/// </summary>
public readonly record struct ListPage(int Skip, int Take)
{
    public const int DefaultTake = 100;
    public const int MaxTake = 500;

    public static ListPage Of(int? skip, int? take, int defaultTake = DefaultTake)
    {
        if (take is < 1 or > MaxTake)
            throw new FieldException("take", $"take is between 1 and {MaxTake}.");
        if (skip is < 0)
            throw new FieldException("skip", "skip is 0 or more.");
        return new ListPage(skip ?? 0, take ?? defaultTake);
    }
}

public static class ListPageExtensions
{
    /// <summary>The total a list response carries beside its array body.</summary>
    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>
    /// One page of an ordered query. The body stays a plain array; the total goes in <c>X-Total-Count</c> and, when
    /// rows remain, a <c>Link: &lt;…&amp;skip=n&gt;; rel="next"</c> header (RFC 8288) names the next page, so a
    /// client that wants everything follows it and one that shows pages can say how many there are.
    /// The query must be ordered by a unique key, or rows would repeat or vanish between pages.
    /// </summary>
    public static async Task<List<T>> PageAsync<T>(this IQueryable<T> ordered, ListPage page, HttpContext context, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var rows = await ordered.Skip(page.Skip).Take(page.Take).ToListAsync(ct);
        WriteHeaders(context, page, total);
        return rows;
    }

    /// <summary>The headers of <see cref="PageAsync{T}"/> for a list paged in memory (rows already bounded by their source).</summary>
    public static List<T> Page<T>(this IReadOnlyList<T> all, ListPage page, HttpContext context)
    {
        WriteHeaders(context, page, all.Count);
        return [.. all.Skip(page.Skip).Take(page.Take)];
    }

    private static void WriteHeaders(HttpContext context, ListPage page, int total)
    {
        context.Response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var next = page.Skip + page.Take;
        if (next >= total)
            return;
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
        query["skip"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
        query["take"] = page.Take.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var builder = new QueryBuilder(query.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))));
        context.Response.Headers.Link = $"<{context.Request.PathBase}{context.Request.Path}{builder}>; rel=\"next\"";
    }
}
