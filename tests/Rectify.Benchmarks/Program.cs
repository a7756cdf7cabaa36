using BenchmarkDotNet.Running;
using Rectify.Benchmarks.Latency;
using Rectify.Benchmarks.Scale;

namespace Rectify.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>./rectify bench [--filter *Importer*]</c>: BenchmarkDotNet's switcher over every benchmark here;
    /// <c>./rectify bench --latency</c>: the distributed task-change-to-report latency (<see cref="LatencyProbe"/>);
    /// <c>./rectify bench --scale</c>: the jurisdiction dashboard on SQLite and PostgreSQL at scale (<see cref="ScaleBench"/>).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "latency")
            return await LatencyProbe.RunAsync(args[1..]);
        if (args.FirstOrDefault() == "scale")
            return await ScaleBench.RunAsync(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
