using Microsoft.Extensions.Options;

namespace Rectify.Notifications.Sending;

/// <summary>Runs <see cref="SweepRunner"/> on a timer from the injected clock; a full batch sweeps again at once.</summary>
public sealed class ReminderSweeper(SweepRunner runner, TimeProvider time, IOptions<SweepOptions> options, ILogger<ReminderSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await runner.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; claims expire, nothing is lost.
                logger.LogWarning(ex, "Reminder sweep failed; retrying");
            }
            if (claimed < options.Value.BatchSize)
                await Task.Delay(options.Value.Interval, time, stoppingToken);
        }
    }
}
