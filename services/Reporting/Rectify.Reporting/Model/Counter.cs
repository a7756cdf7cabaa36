namespace Rectify.Reporting.Model;

/// <summary>
/// A named running total in a read model. Incrementing is not idempotent by itself: the inbox is
/// what keeps a redelivered event from counting twice.
/// </summary>
public sealed class Counter
{
    public required string Name { get; set; }
    public long Value { get; set; }
}

public static class Counters
{
    public const string UnitsRegistered = "units.registered";
}
