using Microsoft.Extensions.Options;
using Rectify.Notifications.Scheduling;

namespace Rectify.Notifications.Sending;

/// <summary><c>Notifications:Digest</c>: how often this week's digest rows are (re)planned.</summary>
public sealed class DigestOptions
{
    /// <summary>Often enough that a coordinator or robot added on the digest day still gets that week's.</summary>
    public TimeSpan PlanEvery { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>Runs <see cref="DigestPlanner"/> on the injected clock, on when the sweeper is; the sweeper then sends the rows.</summary>
public sealed class DigestPlanningService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<SweepOptions> sweep, IOptions<DigestOptions> options, ILogger<DigestPlanningService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sweep.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DigestPlanner>().PlanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Digest planning failed; retrying");
            }
            await Task.Delay(options.Value.PlanEvery, time, stoppingToken);
        }
    }
}
