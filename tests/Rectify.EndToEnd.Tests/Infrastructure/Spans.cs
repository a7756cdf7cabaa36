using System.Text.Json;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>One finished span as the processes' SpanFileExporter writes it (a JSON line).</summary>
public sealed record Span(
    string Service, string TraceId, string SpanId, string? ParentSpanId, string Name, string Source, string Kind)
{
    public override string ToString() =>
        $"{Service}: \"{Name}\" [{Source}, {Kind}] span {SpanId} parent {ParentSpanId ?? "-"} trace {TraceId}";
}

public static class Spans
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every span written so far by the cluster's processes (a half-written last line is skipped).</summary>
    public static List<Span> ReadAll(RectifyCluster cluster)
    {
        var spans = new List<Span>();
        foreach (var process in cluster.Processes)
            spans.AddRange(Read(cluster.SpanFileOf(process.Name)));
        return spans;
    }

    public static List<Span> Read(string path)
    {
        var spans = new List<Span>();
        if (!File.Exists(path))
            return spans;
        string text;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var reader = new StreamReader(stream))
            text = reader.ReadToEnd();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                if (JsonSerializer.Deserialize<Span>(line, Json) is { } span)
                    spans.Add(span);
            }
            catch (JsonException)
            {
                // A line still being written.
            }
        }
        return spans;
    }

    /// <summary>The span and its ancestors, nearest first, following parent ids across processes.</summary>
    public static List<Span> AncestryOf(Span span, IReadOnlyCollection<Span> all)
    {
        var byId = all.Where(s => s.TraceId == span.TraceId).GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
        var chain = new List<Span> { span };
        var current = span;
        while (current.ParentSpanId is { } parent && byId.TryGetValue(parent, out var next) && !chain.Contains(next))
        {
            chain.Add(next);
            current = next;
        }
        return chain;
    }
}
