namespace Rectify.Services.Tests.Tasks;

/// <summary>One host and world shared by a test class whose tests each make their own tasks.</summary>
public sealed class WorldFixture : IAsyncLifetime
{
    public TasksHost Host { get; } = new();
    public TaskWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await TaskWorld.CreateAsync(Host);

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
