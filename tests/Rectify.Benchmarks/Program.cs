using BenchmarkDotNet.Running;
using Rectify.Benchmarks.Latency;
using Rectify.Benchmarks.Load;
using Rectify.Benchmarks.Proxy;
using Rectify.Benchmarks.Scale;

namespace Rectify.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>./rectify bench [--filter *Importer*]</c>: BenchmarkDotNet's switcher over every benchmark here;
    /// <c>./rectify bench --latency</c>: the distributed task-change-to-report latency (<see cref="LatencyProbe"/>);
    /// <c>./rectify bench --load</c>: load and soak through the gateway (<see cref="LoadProbe"/>);
    /// <c>./rectify bench --proxy</c>: the gateway against nginx in front of one service (<see cref="ProxyProbe"/>).
    /// <c>./rectify bench --scale</c>: the jurisdiction dashboard on SQLite and PostgreSQL at scale (<see cref="ScaleBench"/>).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "latency")
            return await LatencyProbe.RunAsync(args[1..]);
        if (args.FirstOrDefault() == "load")
            return await LoadProbe.RunAsync(args[1..]);
        if (args.FirstOrDefault() == "proxy")
            return await ProxyProbe.RunAsync(args[1..]);
        if (args.FirstOrDefault() == "scale")
            return await ScaleBench.RunAsync(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
