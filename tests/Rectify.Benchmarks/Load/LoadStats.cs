using System.Collections.Concurrent;
using Rectify.Benchmarks.Latency;

namespace Rectify.Benchmarks.Load;

/// <summary>What the load run saw, per kind of request: latencies of every answer and the count of each status.</summary>
public sealed class LoadStats
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _latencies = new();
    private readonly ConcurrentDictionary<(string Kind, string Status), int> _statuses = new();

    public void Record(string kind, double milliseconds, string status)
    {
        _latencies.GetOrAdd(kind, _ => new()).Enqueue(milliseconds);
        _statuses.AddOrUpdate((kind, status), 1, (_, n) => n + 1);
    }

    public int Count(string kind, Func<string, bool> status) =>
        _statuses.Where(s => s.Key.Kind == kind && status(s.Key.Status)).Sum(s => s.Value);

    public int Count(Func<string, bool> status) => _statuses.Where(s => status(s.Key.Status)).Sum(s => s.Value);

    public void Print(TimeSpan elapsed)
    {
        Console.WriteLine($"  {"kind",-18} {"count",7} {"per s",7} {"p50",8} {"p95",8} {"p99",8} {"max",8}  statuses");
        foreach (var (kind, values) in _latencies.OrderBy(k => k.Key))
        {
            var list = values.ToList();
            var statuses = string.Join(" ", _statuses.Where(s => s.Key.Kind == kind).OrderBy(s => s.Key.Status).Select(s => $"{s.Key.Status}×{s.Value}"));
            Console.WriteLine($"  {kind,-18} {list.Count,7} {list.Count / elapsed.TotalSeconds,7:0.0} {P(list, 50),8:0.0} {P(list, 95),8:0.0} {P(list, 99),8:0.0} {list.Max(),8:0.0}  {statuses}");
        }
        var errors = _statuses.Where(s => !s.Key.Status.StartsWith('2')).GroupBy(s => s.Key.Status).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}×{g.Sum(s => s.Value)}").ToList();
        Console.WriteLine($"  errors by status: {(errors.Count == 0 ? "none" : string.Join(", ", errors))}");
    }

    public static double P(IReadOnlyCollection<double> values, double p) => values.Count == 0 ? double.NaN : LatencyProbe.Percentile(values, p);
}
