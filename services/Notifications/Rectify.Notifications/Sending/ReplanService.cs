using Microsoft.Extensions.Options;
using Rectify.Notifications.Scheduling;

namespace Rectify.Notifications.Sending;

/// <summary>
/// Runs the <see cref="Replanner"/> wherever the sweeper runs: at once when this process changed the rules or the
/// calendar, otherwise every minute (a change made through another instance).
/// </summary>
public sealed class ReplanService(
    IServiceScopeFactory scopes, ReplanSignal signal, IOptions<SweepOptions> sweep, ILogger<ReplanService> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sweep.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                more = await scope.ServiceProvider.GetRequiredService<Replanner>().RunPageAsync(_holder, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A page collides with a consumer's write now and then; its deadlines are simply taken again.
                logger.LogWarning(ex, "Re-planning reminders failed; retrying");
            }
            if (!more)
                await signal.WaitAsync(Every, stoppingToken);
        }
    }
}
