using System.Net.Http.Json;

namespace Rectify.Services.Tests.Tasks;

public sealed class My_tasks : IDisposable
{
    private readonly TasksHost _host = new();

    [Fact]
    public async Task The_signed_in_person_sees_their_own_tasks_with_traffic_lights()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var far = await world.PlanAsync(deadline: today.AddDays(90).ToString("yyyy-MM-dd"));
        var near = await world.PlanAsync(deadline: today.AddDays(3).ToString("yyyy-MM-dd"));
        var late = await world.PlanAsync(deadline: today.AddDays(-10).ToString("yyyy-MM-dd"));
        var someoneElses = await world.PlanAsync();
        await world.Coordinator.PutAsJsonAsync($"/api/tasks/{someoneElses}/assignment", new { responsibleLeaderId = world.Leader, responsibleDepartment = "办公室", responsiblePersonId = world.Colleague });

        var mine = (await world.Responsible.GetFromJsonAsync<List<TaskView>>("/api/tasks/mine"))!;

        Assert.Equal(new[] { far, near, late }.Order(), mine.Select(t => t.Id).Order());
        Assert.Equal("green", mine.Single(t => t.Id == far).Light);
        Assert.Equal("yellow", mine.Single(t => t.Id == near).Light);
        var overdue = mine.Single(t => t.Id == late);
        Assert.Equal(("red", true), (overdue.Light, overdue.Overdue));
        Assert.Equal(late, mine[0].Id); // by deadline
        Assert.Equal([someoneElses], (await world.ColleagueClient.GetFromJsonAsync<List<TaskView>>("/api/tasks/mine"))!.Select(t => t.Id));
        Assert.Equal(4, (await world.LeaderClient.GetFromJsonAsync<List<TaskView>>("/api/tasks/mine"))!.Count); // the leader of all four
        Assert.Empty((await world.Coordinator.GetFromJsonAsync<List<TaskView>>("/api/tasks/mine"))!); // no person claim
    }

    public void Dispose() => _host.Dispose();
}
