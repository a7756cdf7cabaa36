using Microsoft.Extensions.Options;
using Rectify.Notifications.Scheduling;

namespace Rectify.Notifications.Sending;

/// <summary><c>Notifications:Digest</c>: how often this week's digest rows are (re)planned.</summary>
public sealed class DigestOptions
{
    /// <summary>Often enough that a coordinator or robot added on the digest day still gets that week's.</summary>
    public TimeSpan PlanEvery { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// On the injected clock, while the sweeper is on: plans this week's digests (<see cref="DigestPlanner"/>) and
/// extends open-ended progress-report obligations (<see cref="ReportPeriodPlanner.ExtendAsync"/>); the sweeper
/// then sends what is due.
/// </summary>
public sealed class PlanningService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<SweepOptions> sweep, IOptions<DigestOptions> options, ILogger<PlanningService> logger)
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
                await scope.ServiceProvider.GetRequiredService<ReportPeriodPlanner>().ExtendAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Planning digests or report periods failed; retrying");
            }
            await Task.Delay(options.Value.PlanEvery, time, stoppingToken);
        }
    }
}
