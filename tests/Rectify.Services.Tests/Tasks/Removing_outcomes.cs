using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;

namespace Rectify.Services.Tests.Tasks;

/// <summary>An outcome figure recorded in error leaves the totals with a reason; the audit trail keeps what it said.</summary>
public sealed class Removing_outcomes : IDisposable
{
    private readonly TasksHost _host = new();

    private sealed record DetailWithOutcomes(TaskView Task, List<FigureView> Outcomes, TotalsView OutcomeTotals, List<AuditView> Audit);

    private sealed record FigureView(Guid Id, string Kind, decimal? Amount);

    [Fact]
    public async Task The_figure_leaves_the_totals_and_the_removal_is_audited_and_published()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync();
        (await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/outcomes", new
        {
            figures = new object[] { new { kind = "money_returned", amount = 12000m }, new { kind = "money_returned", amount = 1200m } },
        })).EnsureSuccessStatusCode();
        var wrong = (await Detail(world, id)).Outcomes.Single(o => o.Amount == 12000m);

        var removed = await world.Responsible.DeleteAsync($"/api/tasks/{id}/outcomes/{wrong.Id}?reason={Uri.EscapeDataString("金额多录一个0")}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var detail = await Detail(world, id);
        Assert.Equal([1200m], detail.Outcomes.Select(o => o.Amount!.Value));
        Assert.Equal(1200m, detail.OutcomeTotals.MoneyReturned);
        var audit = Assert.Single(detail.Audit, a => a.Action == "outcome_removed");
        Assert.Equal(("money_returned", "金额多录一个0"), (audit.Field, audit.Note));
        Assert.Contains("12000", audit.From);
        var published = Assert.Single(await _host.PublishedAsync<OutcomeFigureRemoved>(p => p.Count > 0));
        Assert.Equal((wrong.Id, 1200m), (published.FigureId, published.Totals.MoneyReturned));
    }

    [Fact]
    public async Task Without_a_reason_of_another_task_by_a_stranger_or_on_a_frozen_task_nothing_is_removed()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync();
        var other = await world.PlanAsync();
        (await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/outcomes", new { figures = new[] { new { kind = "rule_made", title = "财务报销管理办法" } } }))
            .EnsureSuccessStatusCode();
        var figure = (await Detail(world, id)).Outcomes.Single().Id;

        var noReason = await world.Responsible.DeleteAsync($"/api/tasks/{id}/outcomes/{figure}");
        var wrongTask = await world.Responsible.DeleteAsync($"/api/tasks/{other}/outcomes/{figure}?reason=录错");
        var viewer = await world.Viewer.DeleteAsync($"/api/tasks/{id}/outcomes/{figure}?reason=录错");
        var closed = await world.Coordinator.DeleteAsync($"/api/tasks/{await world.TaskInAsync("closed")}/outcomes/{figure}?reason=录错");

        Assert.Contains("reason", (await noReason.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, wrongTask.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal(1, await _host.Db(db => db.Outcomes.CountAsync(o => o.TaskId == id)));
        Assert.Empty(_host.Harness.Published.Select<OutcomeFigureRemoved>());
    }

    private static async Task<DetailWithOutcomes> Detail(TaskWorld world, Guid id) =>
        (await world.Admin.GetFromJsonAsync<DetailWithOutcomes>($"/api/tasks/{id}"))!;

    public void Dispose() => _host.Dispose();
}
