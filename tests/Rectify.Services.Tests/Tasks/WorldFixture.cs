using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Tasks;

/// <summary>One host and world shared by a test class whose tests each make their own tasks.</summary>
public class WorldFixture : IAsyncLifetime
{
    public WorldFixture() : this(TestProvider.Sqlite) { }

    // These suites exercise the coordinator's deadline rights, as in a deployment where the unit approves
    // extensions; the default (the office approves) is covered by Office_close_out.
    protected WorldFixture(TestProvider provider) => Host = new TasksHost(provider, ("Tasks:ExtensionApprover", "unit"));

    public TasksHost Host { get; }
    public TaskWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await TaskWorld.CreateAsync(Host);

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The same on a PostgreSQL database of its own.</summary>
public sealed class PostgresWorldFixture() : WorldFixture(TestProvider.Postgres);
