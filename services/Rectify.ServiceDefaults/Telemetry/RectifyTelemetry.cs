using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Rectify.ServiceDefaults.Telemetry;

/// <summary>The project's own activity source and meter, both named "Rectify".</summary>
public static class RectifyTelemetry
{
    public const string Name = "Rectify";
    public static readonly ActivitySource ActivitySource = new(Name);
    public static readonly Meter Meter = new(Name);
    public static readonly Counter<long> OutboxPublished = Meter.CreateCounter<long>("rectify.outbox.published");
    public static readonly Counter<long> OutboxFailures = Meter.CreateCounter<long>("rectify.outbox.failures");
    public static readonly Counter<long> OutboxDeadLettered = Meter.CreateCounter<long>("rectify.outbox.dead_lettered");
}
