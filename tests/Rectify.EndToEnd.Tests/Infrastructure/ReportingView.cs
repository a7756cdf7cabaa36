using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A task's deadline moved through the tasks API, with the original deadline the tasks service then holds;
/// <see cref="Deadline"/> lies years ahead, so the task is green and not overdue.
/// </summary>
public sealed record DeadlineMove(Guid TaskId, DateOnly? OriginalDeadline, DateOnly Deadline)
{
    /// <summary>As reporting counts it: days past the original deadline, 0 when earlier or without one.</summary>
    public int SlipDays => OriginalDeadline is { } from && Deadline > from ? Deadline.DayNumber - from.DayNumber : 0;
}

/// <summary>
/// What reporting shows of some inspections, read through the gateway as JSON: the dashboard (sorted by name),
/// each inspection's report (figures and finding tree with its task lines), each task's drill-down row, and the
/// unit counter. Two readings compare exactly; <see cref="After"/> derives the reading a few deadline moves lead to.
/// </summary>
public sealed class ReportingView
{
    private ReportingView(JsonNode dashboard, Dictionary<Guid, JsonNode> inspections, Dictionary<Guid, JsonNode> items, long units)
    {
        Dashboard = dashboard;
        Inspections = inspections;
        Items = items;
        Units = units;
    }

    public JsonNode Dashboard { get; }
    public IReadOnlyDictionary<Guid, JsonNode> Inspections { get; }
    /// <summary>The drill-down rows (<c>/api/reports/items</c>) of the inspections, by task id.</summary>
    public IReadOnlyDictionary<Guid, JsonNode> Items { get; }
    public long Units { get; }

    public static async Task<ReportingView> ReadAsync(HttpClient api, IEnumerable<Guid> inspections)
    {
        var dashboard = await GetAsync(api, "api/reports/dashboard?sort=name");
        var reports = new Dictionary<Guid, JsonNode>();
        var items = new Dictionary<Guid, JsonNode>();
        foreach (var inspection in inspections)
        {
            reports[inspection] = await GetAsync(api, $"api/reports/inspections/{inspection}");
            var page = await GetAsync(api, $"api/reports/items?inspectionId={inspection}&take=500");
            var rows = page["items"]!.AsArray();
            if (rows.Count != page["count"]!.GetValue<int>())
                throw new InvalidOperationException($"inspection {inspection}: {rows.Count} rows of {page["count"]} (more than a page)");
            foreach (var row in rows)
            {
                // Reporting keys tasks by id; a second row for one would be a task counted twice.
                if (!items.TryAdd(row!["taskId"]!.GetValue<Guid>(), row.DeepClone()))
                    Assert.Fail($"task {row["taskId"]} appears twice in reporting's drill-down of inspection {inspection}");
            }
        }
        var units = (await api.GetFromJsonAsync<UnitCountDto>("api/reports/units/count"))!.Units;
        return new ReportingView(dashboard, reports, items, units);
    }

    /// <summary>
    /// This reading as it should be once the deadlines are moved: the tasks' rows and task lines carry the new
    /// deadlines (green, not overdue, slipped by <see cref="DeadlineMove.SlipDays"/>), and the figures of the
    /// dashboard's totals, their units' rows and their inspections change by what each task's row changed.
    /// </summary>
    public ReportingView After(IEnumerable<DeadlineMove> moves)
    {
        var dashboard = Dashboard.DeepClone();
        var inspections = Inspections.ToDictionary(i => i.Key, i => i.Value.DeepClone());
        var items = Items.ToDictionary(i => i.Key, i => i.Value.DeepClone());
        foreach (var move in moves)
        {
            var before = Items.GetValueOrDefault(move.TaskId) ?? throw new ArgumentException($"task {move.TaskId} is not in this reading");
            var delta = Delta(before, move);
            var (unit, inspection) = (before["unitId"]!.GetValue<Guid>(), before["inspectionId"]!.GetValue<Guid>());
            Move(items[move.TaskId], move);
            foreach (var line in Descendants(inspections[inspection]).Where(n => n["taskId"]?.GetValue<Guid>() == move.TaskId))
                Move(line, move);
            Add(dashboard["totals"]!, delta);
            Add(dashboard["rows"]!.AsArray().Single(r => r!["unitId"]!.GetValue<Guid>() == unit)!["figures"]!, delta);
            Add(inspections[inspection]["figures"]!, delta);
        }
        return new ReportingView(dashboard, inspections, items, Units);
    }

    /// <summary>Where the two readings first differ, with both values; null when they are the same.</summary>
    public string? FirstDifference(ReportingView actual)
    {
        if (Units != actual.Units)
            return $"units/count: expected {Units}, actual {actual.Units}";
        if (!Items.Keys.Order().SequenceEqual(actual.Items.Keys.Order()))
            return $"drill-down tasks: expected {Items.Count} ({string.Join(", ", Items.Keys.Except(actual.Items.Keys))} missing), " +
                   $"actual {actual.Items.Count} ({string.Join(", ", actual.Items.Keys.Except(Items.Keys))} unexpected)";
        return Difference("dashboard", Dashboard, actual.Dashboard)
            ?? Inspections.Select(i => Difference($"inspection {i.Key}", i.Value, actual.Inspections.GetValueOrDefault(i.Key))).FirstOrDefault(d => d is not null)
            ?? Items.Select(i => Difference($"item {i.Key}", i.Value, actual.Items[i.Key])).FirstOrDefault(d => d is not null);
    }

    public override string ToString() =>
        $"units/count {Units}; dashboard totals {Dashboard["totals"]?.ToJsonString()}; {Items.Count} tasks in the drill-down";

    private static Dictionary<string, int> Delta(JsonNode row, DeadlineMove move)
    {
        static int Flag(bool b) => b ? 1 : 0;
        var (overdue, light, slip) = (row["overdue"]!.GetValue<bool>(), row["light"]!.GetValue<string>(), row["slipDays"]!.GetValue<int>());
        if (light == "none")
            throw new ArgumentException($"task {move.TaskId} is closed; only open tasks' deadlines are moved");
        return new()
        {
            ["overdue"] = -Flag(overdue),
            ["red"] = -Flag(overdue),
            ["yellow"] = -Flag(light == "yellow"),
            ["green"] = 1 - Flag(light == "green"),
            ["slipped"] = Flag(move.SlipDays > 0) - Flag(slip > 0),
            ["slipDays"] = move.SlipDays - slip,
        };
    }

    private static void Move(JsonNode line, DeadlineMove move)
    {
        // A task imported without a deadline takes its first one as the original.
        line["originalDeadline"] = move.OriginalDeadline is { } original ? JsonValue.Create(original.ToString("yyyy-MM-dd")) : null;
        line["deadline"] = move.Deadline.ToString("yyyy-MM-dd");
        line["slipDays"] = move.SlipDays;
        line["overdue"] = false;
        line["light"] = "green";
    }

    private static void Add(JsonNode figures, Dictionary<string, int> delta)
    {
        foreach (var (name, change) in delta)
            figures[name] = figures[name]!.GetValue<int>() + change;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { node }.Concat(o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };

    private static string? Difference(string path, JsonNode? expected, JsonNode? actual)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                    if (Difference($"{path}.{name}", e[name], a[name]) is { } d)
                        return d;
                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                    return $"{path}: expected {e.Count} entries, actual {a.Count}:\n  expected {e.ToJsonString()}\n  actual   {a.ToJsonString()}";
                return e.Zip(a).Select((p, i) => Difference($"{path}[{i}]", p.First, p.Second)).FirstOrDefault(d => d is not null);
            default:
                var (x, y) = (expected?.ToJsonString() ?? "null", actual?.ToJsonString() ?? "null");
                return x == y ? null : $"{path}: expected {x}, actual {y}";
        }
    }

    private static async Task<JsonNode> GetAsync(HttpClient api, string path)
    {
        using var response = await api.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
