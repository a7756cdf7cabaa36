using System.Diagnostics;
using System.Text.Json;
using OpenTelemetry;

namespace Rectify.ServiceDefaults.Telemetry;

/// <summary>
/// Appends finished spans as JSON lines when <c>Telemetry:SpanFile</c> is set: a collector-free way
/// to see a trace across processes on a laptop, and how the end-to-end tests check one.
/// </summary>
internal sealed class SpanFileExporter(string path, string serviceName) : BaseExporter<Activity>
{
    private readonly object _gate = new();

    public override ExportResult Export(in Batch<Activity> batch)
    {
        var lines = new List<string>();
        foreach (var activity in batch)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                service = serviceName,
                traceId = activity.TraceId.ToHexString(),
                spanId = activity.SpanId.ToHexString(),
                parentSpanId = activity.ParentSpanId == default ? null : activity.ParentSpanId.ToHexString(),
                name = activity.DisplayName,
                source = activity.Source.Name,
                kind = activity.Kind.ToString(),
            }));
        }
        lock (_gate)
            File.AppendAllLines(path, lines);
        return ExportResult.Success;
    }
}
