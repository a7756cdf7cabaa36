using BenchmarkDotNet.Running;
using Rectify.Benchmarks.Latency;

namespace Rectify.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>./rectify bench [--filter *Importer*]</c>: BenchmarkDotNet's switcher over every benchmark here;
    /// <c>./rectify bench --latency</c>: the distributed task-change-to-report latency (<see cref="LatencyProbe"/>).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "latency")
            return await LatencyProbe.RunAsync(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
