using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rectify.Benchmarks.Scale;

/// <summary>
/// Counts EF Core's query compilations (cache misses): a request that compiles its queries anew each time
/// spends its time in the client, not in the database.
/// </summary>
public sealed class QueryCompilations : IQueryExpressionInterceptor
{
    public static readonly QueryCompilations Instance = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        Interlocked.Increment(ref _count);
        return queryExpression;
    }
}
