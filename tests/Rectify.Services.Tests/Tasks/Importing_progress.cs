using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Tasks;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Tasks;

/// <summary>FindingProgressImported becomes one task whose history is the notice's measures.</summary>
public sealed class Importing_progress : IDisposable
{
    private readonly TasksHost _host = new();

    [Fact]
    public async Task Delivered_twice_it_makes_one_task_with_the_measures_as_dated_progress()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var imported = Imported(world, "completed", ["召开专题民主生活会", "修订《党组工作规则》"], leader: "局党组书记王五", deadlineText: "2026年6月底前");

        await _host.Harness.Bus.Publish(imported);
        await _host.Harness.Bus.Publish(imported);
        await _host.Harness.Bus.Publish(imported with { Meta = EventMeta.New(imported.Meta.Version, "test", DateTimeOffset.UtcNow) }); // re-published
        await Eventually.HoldsAsync(() => Task.FromResult(_host.Harness.Consumed.Select<FindingProgressImported>().Count()), n => n >= 3);

        var tasks = await Eventually.HoldsAsync(() => _host.Db(db => db.Tasks.Where(t => t.FindingId == world.Issue).ToListAsync()), t => t.Count > 0);
        var task = Assert.Single(tasks);
        Assert.Equal(("closed", "time_limited", world.Leader), (task.State, task.Kind, task.ResponsibleLeaderId));
        Assert.Equal(new DateOnly(2026, 6, 30), task.Deadline);
        Assert.Equal("2026年6月底前", task.DeadlineText);
        Assert.Equal("党建办", task.ResponsibleDepartment);
        var detail = (await world.Admin.GetFromJsonAsync<Detail>($"/api/tasks/{task.Id}"))!;
        Assert.Equal(["召开专题民主生活会", "修订《党组工作规则》"], detail.Progress.Select(p => p.Narrative));
        Assert.All(detail.Progress, p => Assert.Equal(new DateOnly(2026, 9, 1), p.ReportedOn));
        Assert.Contains(detail.Audit, a => a.Action == "imported" && a.Field == "state" && a.To == "closed");

        var planned = Assert.Single(await _host.PublishedAsync<TaskPlanned>(p => p.Count > 0));
        Assert.Equal(imported.ImportId, planned.ImportId);
        var reported = await _host.PublishedAsync<TaskProgressReported>(p => p.Count == 2);
        var closed = Assert.Single(await _host.PublishedAsync<TaskClosed>(p => p.Count > 0));
        Assert.Equal([1L, 2, 3, 4], new[] { planned.Meta.Version }.Concat(reported.Select(r => r.Meta.Version)).Append(closed.Meta.Version));
        Assert.Equal("/p/fz/kj/", closed.Task.JurisdictionPath);
        Assert.Equal($"task:{task.Id}", closed.AggregateKey);
    }

    [Theory]
    [InlineData("completed_sustained", "completed_sustained", "sustained")]
    [InlineData("in_progress", "in_progress", "time_limited")]
    [InlineData("not_started", "planned", "time_limited")]
    [InlineData(null, "planned", "time_limited")]
    public async Task The_stated_state_maps_to_the_tasks_state(string? stated, string state, string kind)
    {
        var world = await TaskWorld.CreateAsync(_host);

        await _host.Harness.Bus.Publish(Imported(world, stated, ["建立长效机制"], leader: "分管副局长", deadlineText: null));

        var task = await Eventually.HoldsAsync(() => _host.Db(db => db.Tasks.FirstOrDefaultAsync(t => t.FindingId == world.Issue)), t => t is not null);
        Assert.Equal((state, kind), (task!.State, task.Kind));
        Assert.Equal("分管副局长", task.ResponsibleLeader); // no person matches: kept as written
        Assert.Null(task.ResponsibleLeaderId);
        Assert.Null(task.Deadline);
    }

    private static FindingProgressImported Imported(TaskWorld world, string? stated, string[] measures, string? leader, string? deadlineText) =>
        new(TasksHost.Meta(10), world.Issue, world.Inspection, world.Unit, Guid.NewGuid(), stated, stated is null ? null : "已完成整改", measures,
            leader, "党建办", deadlineText, new DateOnly(2026, 9, 1));

    public void Dispose() => _host.Dispose();
}
