using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectify.Containers.Tests.Infrastructure;

namespace Rectify.Containers.Tests;

/// <summary>One stack for the class: starting it (images, migrations, every service) takes minutes.</summary>
public sealed class StackFixture : IAsyncLifetime
{
    public ContainerStack Stack { get; private set; } = null!;

    public async Task InitializeAsync() => Stack = await ContainerStack.StartAsync();

    public async Task DisposeAsync()
    {
        if (Stack is not null)
            await Stack.DisposeAsync();
    }
}

/// <summary>
/// The images built from the repository's Dockerfile, started as the compose files wire them on PostgreSQL
/// and RabbitMQ (built from Debian packages), used through the gateway only, as a user and the command line do.
/// </summary>
public sealed class The_stack_from_the_images(StackFixture fixture, ITestOutputHelper output) : IClassFixture<StackFixture>
{
    private const string Round = "十四届县委第十一轮";

    private ContainerStack Stack
    {
        get
        {
            fixture.Stack.Output = output;
            return fixture.Stack;
        }
    }

    [Fact]
    public void Runs_every_Rectify_container_as_uid_1654_on_a_read_only_root()
    {
        foreach (var part in DockerEngine.Parts)
        {
            var inspect = DockerEngine.Run(DockerEngine.Client,
                ["inspect", "--format", "{{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.State.Running}}", Stack[part].Id], TimeSpan.FromSeconds(30));
            Assert.Equal($"1654 true true", inspect.Output.Trim());
        }
    }

    [Fact]
    public async Task Signs_in_imports_a_notice_with_the_command_line_shows_its_tasks_and_publishes_it_for_anyone()
    {
        var stack = Stack;
        using var api = await stack.SignInAsync();
        var (unit, name) = await RegisterUnitAsync(stack, api, "吉水县交通运输局党委");

        var imported = await ImportAsync(stack, unit, "report_04.txt");
        await TasksMadeAsync(stack, api, imported);
        var row = await Eventually.HoldsAsync(() => DashboardRowAsync(api, unit), r => r?["figures"]?["total"]?.GetValue<int>() == imported.Tasks,
            $"the unit's {imported.Tasks} tasks on the dashboard", r => r?.ToJsonString() ?? "no row", diagnostics: stack.Diagnostics);
        Assert.Equal(name, row!["name"].Text());

        using var drafted = await api.PostAsync($"api/reports/inspections/{imported.InspectionId}/notices", null);
        Assert.True(drafted.StatusCode == HttpStatusCode.Created, $"drafting the notice: {(int)drafted.StatusCode} {await drafted.Content.ReadAsStringAsync()}");
        var notice = (await drafted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var published = await api.PostAsync($"api/reports/notices/{notice}/publish", null);
        Assert.True(published.StatusCode == HttpStatusCode.OK, $"publishing: {(int)published.StatusCode} {await published.Content.ReadAsStringAsync()}");

        using var anonymous = new HttpClient { BaseAddress = stack.Gateway };
        var read = await anonymous.GetFromJsonAsync<JsonObject>($"public/notices/{notice}");
        Assert.Equal(name, read!["unitName"].Text());
        Assert.Contains("整改", read["markdown"].Text());
        var listed = await anonymous.GetFromJsonAsync<JsonArray>("public/notices");
        Assert.Contains(notice, listed!.Select(n => n!["id"]!.GetValue<Guid>()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"api/reports/notices/{notice}/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task Killing_the_tasks_container_mid_stream_loses_nothing_and_applies_nothing_twice()
    {
        var stack = Stack;
        using var api = await stack.SignInAsync();
        var notices = new[] { "report_02.txt", "report_03.txt", "report_05.txt" };
        var units = new List<Guid>();
        foreach (var notice in notices)
            units.Add((await RegisterUnitAsync(stack, api, $"容器第{units.Count + 1}被巡察党委")).Id);

        // The first notice streams into tasks; tasks dies once it has visibly applied some of it.
        var first = await ImportAsync(stack, units[0], notices[0]);
        var applied = await Eventually.HoldsAsync(() => TasksAsync(api, first.InspectionId), t => t.Count > 0,
            "tasks applying the first notice", t => $"{t?.Count} tasks", diagnostics: stack.Diagnostics);
        await stack.KillAsync("tasks");
        stack.Log($"killed tasks with {applied.Count} of {first.Tasks} tasks of {notices[0]} made");

        // The others are imported while it is down: their events wait in its queue.
        var imported = new List<Imported> { first };
        for (var i = 1; i < notices.Length; i++)
            imported.Add(await ImportAsync(stack, units[i], notices[i]));
        await stack.RestartAsync("tasks");

        foreach (var notice in imported)
            await TasksMadeAsync(stack, api, notice);
        await Eventually.HoldsAsync(() => QueuedMessagesAsync(stack), n => n == 0, "every queue drained", n => $"{n} messages",
            diagnostics: stack.Diagnostics);
        for (var i = 0; i < imported.Count; i++)
        {
            var tasks = await TasksAsync(api, imported[i].InspectionId);
            Assert.Equal(imported[i].Tasks, tasks.Count);
            Assert.Equal(tasks.Count, tasks.Select(t => t!["findingId"]!.GetValue<Guid>()).Distinct().Count());
            var row = await Eventually.HoldsAsync(() => DashboardRowAsync(api, units[i]),
                r => r?["figures"]?["total"]?.GetValue<int>() == imported[i].Tasks,
                $"reporting counting the {imported[i].Tasks} tasks of {notices[i]}", r => r?.ToJsonString() ?? "no row", diagnostics: stack.Diagnostics);
            Assert.Equal(imported[i].Tasks, row!["figures"]!["total"]!.GetValue<int>());
        }
    }

    private sealed record Imported(Guid InspectionId, int Findings, int Tasks);

    private static async Task<(Guid Id, string Name)> RegisterUnitAsync(ContainerStack stack, HttpClient api, string name)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var jurisdiction = await api.PostAsJsonAsync("api/units/jurisdictions",
            new { name = $"容器{suffix}市", level = "city", committee = $"容器{suffix}市委", inspectionOffice = $"中共容器{suffix}市委巡察工作领导小组办公室" });
        Assert.True(jurisdiction.IsSuccessStatusCode, $"POST api/units/jurisdictions: {(int)jurisdiction.StatusCode} {await jurisdiction.Content.ReadAsStringAsync()}");
        var jurisdictionId = (await jurisdiction.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var unitName = $"{name}{suffix}";
        using var registered = await api.PostAsJsonAsync("api/units", new { name = unitName, shortName = name, kind = "党委", jurisdictionId });
        Assert.True(registered.StatusCode == HttpStatusCode.Created, $"POST api/units: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync()}");
        var unit = (await registered.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        await Eventually.HoldsAsync(() => api.GetFromJsonAsync<JsonArray>("api/findings/units"),
            list => list!.Any(u => u!["id"]!.GetValue<Guid>() == unit), "the unit known to findings", list => $"{list?.Count} units",
            diagnostics: stack.Diagnostics);
        return (unit, unitName);
    }

    /// <summary>The command line (tools/Rectify.Cli, what <c>./rectify import</c> runs), as its own process, through the gateway.</summary>
    private static async Task<Imported> ImportAsync(ContainerStack stack, Guid unit, string notice)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "rectify-cli.dll");
        var run = await DockerEngine.RunAsync("dotnet",
            [cli, "import", "--json", "--url", stack.Gateway.ToString(), "--user", "admin", "--password", stack.Compose.AdminPassword,
             "--unit", unit.ToString(), "--round", Round, Repository.CorpusFile(notice)], TimeSpan.FromMinutes(2));
        Assert.True(run.Exit == 0, $"rectify-cli import {notice}: {run}");
        var item = JsonNode.Parse(run.Output)!.AsArray().Single()!;
        var imported = new Imported(item["inspectionId"]!.GetValue<Guid>(), item["findings"]!.GetValue<int>(), item["tasks"]!.GetValue<int>());
        stack.Log($"imported {notice}: {imported}");
        Assert.True(imported.Tasks > 0, $"{notice} gave no task");
        return imported;
    }

    private static async Task<JsonArray> TasksAsync(HttpClient api, Guid inspection) =>
        (await api.GetFromJsonAsync<JsonArray>($"api/tasks?inspectionId={inspection}&take=500"))!;

    private static Task TasksMadeAsync(ContainerStack stack, HttpClient api, Imported notice) =>
        Eventually.HoldsAsync(() => TasksAsync(api, notice.InspectionId), t => t.Count >= notice.Tasks,
            $"the {notice.Tasks} tasks of inspection {notice.InspectionId} made", t => $"{t?.Count} tasks", diagnostics: stack.Diagnostics);

    private static async Task<JsonNode?> DashboardRowAsync(HttpClient api, Guid unit)
    {
        var dashboard = await api.GetFromJsonAsync<JsonObject>("api/reports/dashboard?sort=name");
        return dashboard!["rows"]!.AsArray().SingleOrDefault(r => r!["unitId"]!.GetValue<Guid>() == unit);
    }

    /// <summary>Messages ready or unacknowledged in every queue of the broker (rabbitmqctl in its container).</summary>
    private static async Task<int> QueuedMessagesAsync(ContainerStack stack)
    {
        var list = await stack["rabbitmq"].ExecAsync(["rabbitmqctl", "-q", "list_queues", "--no-table-headers", "messages_ready", "messages_unacknowledged"]);
        if (list.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl list_queues: {list.Stderr}");
        return list.Stdout.Split((char[])['\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries).Sum(int.Parse);
    }
}
