using MassTransit;
using MassTransit.Testing;

namespace Rectify.Services.Tests.Support;

/// <summary>What consumers failed with, for a failing assertion's message: a fault says why, a time-out does not.</summary>
public static class Faults
{
    public static string Describe(ITestHarness harness)
    {
        var faults = harness.Published.Select<Fault>().Select(m => m.Context.Message)
            .SelectMany(f => f.Exceptions.Select(Chain)).Distinct().ToList();
        return faults.Count == 0 ? "no consumer fault was published" : "consumer faults: " + string.Join(" | ", faults);
    }

    private static string Chain(ExceptionInfo e) =>
        $"{e.ExceptionType}: {e.Message}" + (e.InnerException is { } inner ? " ← " + Chain(inner) : "");
}
