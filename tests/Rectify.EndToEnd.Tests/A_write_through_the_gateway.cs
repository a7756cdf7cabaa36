using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Rectify.EndToEnd.Tests.Infrastructure;

namespace Rectify.EndToEnd.Tests;

/// <summary>One cluster (five services, the gateway, RabbitMQ) shared by the tests of one class.</summary>
public sealed class ClusterFixture() : SharedCluster("write");

public sealed class A_write_through_the_gateway(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private RectifyCluster Cluster { get; } = WithOutput(fixture.Cluster, output);

    private static RectifyCluster WithOutput(RectifyCluster cluster, ITestOutputHelper output)
    {
        cluster.Output = output;
        return cluster;
    }

    [Fact]
    public async Task Reaches_every_consuming_service()
    {
        var id = await RegisterAsync(Cluster.Api, $"E2E reach {Guid.NewGuid():N}");

        foreach (var (service, path) in RectifyCluster.Consumers)
        {
            var client = Cluster.ThroughGateway(service);
            await Eventually.HoldsAsync(
                () => Cluster.ListUnitsAsync(client, path),
                units => units.Any(u => u.Id == id),
                $"listed by GET /{path}",
                units => $"{units?.Count ?? 0} units, not {id}",
                diagnostics: () => Cluster.Diagnostics());
        }

        // The counter counts every registration the units service holds, this one included.
        var registered = (await Cluster.ListUnitsAsync(Cluster.ThroughGateway("units"), "api/units")).Count;
        var reporting = Cluster.ThroughGateway("reporting");
        await Eventually.HoldsAsync(
            () => Cluster.CountAsync(reporting),
            count => count == registered,
            $"counted by GET /api/reports/units/count (expected {registered})",
            count => $"{count}",
            diagnostics: () => Cluster.Diagnostics());

        Assert.True(RectifyCluster.HasGatewayProject,
            $"Requests went straight to the services: the gateway project {RectifyCluster.GatewayProject} does not exist yet.");
    }

    [Fact]
    public async Task Imports_a_published_notice_with_the_command_line()
    {
        var unit = await RegisterAsync(Cluster.Api, $"E2E 吉水县交通运输局党委 {Guid.NewGuid():N}");
        await Eventually.HoldsAsync(() => Cluster.ListUnitsAsync(Cluster.ThroughGateway("findings"), "api/findings/units"),
            units => units.Any(u => u.Id == unit), "the unit known to findings", units => $"{units?.Count ?? 0} units",
            diagnostics: () => Cluster.Diagnostics());
        var notice = Path.GetFullPath(Path.Combine(RectifyCluster.RepositoryRoot, "..", "shared", "corpus", "report_04.txt"));
        string[] args = ["import", "--unit", unit.ToString(), "--round", "十四届县委第十一轮", notice];
        var (gatewayOutput, gatewayError) = (new StringWriter(), new StringWriter());
        using var http = new HttpClient { BaseAddress = (Cluster.Gateway ?? Cluster.Findings).BaseAddress };

        var exit = await new Rectify.Cli.Commands(
            new Rectify.Cli.GatewayClient(http, new Rectify.Cli.CliOptions(http.BaseAddress, "admin", Cluster.AdminPassword, args)),
            gatewayOutput, gatewayError).RunAsync(args);

        Assert.True(exit == 0, $"exit {exit}: {gatewayError}");
        Assert.Contains("imported: inspection", gatewayOutput.ToString());
        var inspections = await Cluster.Api.GetFromJsonAsync<List<InspectionDto>>($"api/findings/inspections?unitId={unit}");
        var detail = await Cluster.Api.GetFromJsonAsync<InspectionDto>($"api/findings/inspections/{Assert.Single(inspections!).Id}");
        Assert.Equal(("县委第二巡察组", 5, 18), (detail!.Team, detail.Findings.Count, detail.Findings.Sum(f => f.Children.Count)));

        // Through FindingProgressImported, the tasks service makes one task per item with the stated state.
        var tasks = await Eventually.HoldsAsync(
            () => Cluster.Api.GetFromJsonAsync<List<TaskDto>>($"api/tasks?inspectionId={detail.Id}&take=500"),
            list => list?.Count == 18, "18 tasks in the tasks service", list => $"{list?.Count ?? 0} tasks",
            diagnostics: () => Cluster.Diagnostics());
        Assert.Equal(17, tasks!.Count(t => t.State is "closed" or "completed_sustained"));
    }

    private sealed record TaskDto(Guid Id, string State);

    private sealed record InspectionDto(Guid Id, string Team, List<FindingDto> Findings);

    private sealed record FindingDto(Guid Id, List<FindingDto> Children);

    [Fact]
    public async Task Is_one_trace_from_the_gateway_through_the_broker_to_the_consumers()
    {
        static bool IsUnitsPost(Span s) =>
            s.Service == "units" && s.Source == "Microsoft.AspNetCore" && s.Kind == "Server" && s.Name.StartsWith("POST /api/units", StringComparison.Ordinal);

        var before = Spans.Read(Cluster.SpanFileOf("units")).Where(IsUnitsPost).Select(s => s.SpanId).ToHashSet();

        // The caller's own trace context: the gateway may continue it or start its own trace.
        var clientTrace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/units")
        {
            Content = JsonContent.Create(Cluster.NewUnit($"E2E trace {Guid.NewGuid():N}", "trace")),
        };
        request.Headers.Add("traceparent", $"00-{clientTrace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await Cluster.Api.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/units answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var id = (await response.Content.ReadFromJsonAsync<UnitDto>())!.Id;

        // The request's server span in the units service names the trace.
        var serverSpan = await Eventually.HoldsAsync(
            () => Task.FromResult(Spans.Read(Cluster.SpanFileOf("units")).Where(IsUnitsPost).Where(s => !before.Contains(s.SpanId)).ToList()),
            spans => spans.Count == 1,
            "one new POST /api/units server span in the units service's span file",
            spans => string.Join("; ", spans ?? []),
            TimeSpan.FromSeconds(30));
        var trace = serverSpan[0].TraceId;
        output.WriteLine($"trace {trace} (the client sent {clientTrace}: {(trace == clientTrace.ToHexString() ? "continued" : "not continued")})");

        // Spans end (and are written) when the consumers finish: poll until the whole path is there.
        List<Span> all = [];
        List<Span> chain = [];
        string Describe() =>
            $"trace {trace}; consumer chain: {(chain.Count == 0 ? "none" : string.Join("\n  <- ", chain))}\n" +
            $"spans of the trace:\n  {string.Join("\n  ", all.Where(s => s.TraceId == trace))}\n" +
            $"MassTransit spans elsewhere (other traces):\n  {string.Join("\n  ", all.Where(s => s.TraceId != trace && s.Source == "MassTransit").TakeLast(12))}";

        bool Complete(string consumer)
        {
            all = Spans.ReadAll(Cluster);
            var consumes = all.Where(s => s.TraceId == trace && s.Service == consumer && s.Source == "MassTransit" && s.Kind == "Consumer").ToList();
            foreach (var consume in consumes)
            {
                chain = Spans.AncestryOf(consume, all);
                if (chain.Any(s => s.Service == "units" && s.Source == "MassTransit" && s.Kind is "Producer")
                    && chain.Any(s => s.SpanId == serverSpan[0].SpanId)
                    && chain.Any(s => s.Service == "gateway" && s.Kind == "Server"))
                    return true;
            }
            return false;
        }

        foreach (var consumer in new[] { "findings", "reporting" })
        {
            try
            {
                await Eventually.HoldsAsync(() => Task.FromResult(Complete(consumer)), done => done,
                    $"one trace from the gateway through units and the broker to {consumer}", _ => Describe(), TimeSpan.FromSeconds(45));
            }
            catch (TimeoutException) when (!RectifyCluster.HasGatewayProject)
            {
                Assert.Fail($"No gateway: its project {RectifyCluster.GatewayProject} does not exist yet.\n{Describe()}");
            }
            output.WriteLine($"{consumer}:\n  {string.Join("\n  <- ", chain)}");
        }

        // The replica was written by the traced consume: it lists the unit.
        var findings = await Cluster.ListUnitsAsync(Cluster.Direct("findings"), "api/findings/units");
        Assert.Contains(findings, u => u.Id == id);
    }

    private async Task<Guid> RegisterAsync(HttpClient api, string name)
    {
        using var response = await api.PostAsJsonAsync("api/units", Cluster.NewUnit(name, "E2E"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/units answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<UnitDto>())!.Id;
    }
}
