namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>One cluster shared by the tests of one class (a class fixture); the name marks its virtual host and folder.</summary>
public abstract class SharedCluster(string name) : IAsyncLifetime
{
    private RectifyCluster? _cluster;

    public RectifyCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster did not start");

    public async Task InitializeAsync() => _cluster = await RectifyCluster.StartAsync(name, output: null);

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }
}
