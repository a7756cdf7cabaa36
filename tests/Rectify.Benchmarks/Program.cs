using BenchmarkDotNet.Running;

namespace Rectify.Benchmarks;

public static class Program
{
    /// <summary><c>./rectify bench [--filter *Importer*]</c>: BenchmarkDotNet's switcher over every benchmark here.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
