namespace Rectify.Benchmarks.Proxy;

/// <summary>CPU time (user + system) of processes, from /proc: what "throughput per core" divides by.</summary>
public static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Of(IEnumerable<int> pids) => TimeSpan.FromSeconds(pids.Sum(pid =>
    {
        var fields = Fields(pid);
        return fields is null ? 0 : (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }));

    public static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsDigit)).Select(n => int.Parse(n!))
            .Where(pid => Fields(pid) is { } f && f[1] == parent.ToString()).ToList();

    /// <summary>The fields of /proc/pid/stat after the command name (state first), or null when the process is gone.</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
