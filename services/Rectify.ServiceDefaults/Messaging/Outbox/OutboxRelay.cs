using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rectify.Contracts;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Telemetry;

namespace Rectify.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Publishes a database's outbox rows in insertion order per aggregate. A failed publish stops the
/// batch and is retried with capped exponential backoff; after <c>MaxAttempts</c> the row is
/// dead-lettered (kept, never dropped, logged as an error) and other aggregates go on, while later
/// rows of its own aggregate wait behind it so order is never broken.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IOutboxPublisher publisher,
    OutboxSignals signals,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private static readonly Dictionary<string, Type> MessageTypes = typeof(IIntegrationEvent).Assembly
        .GetTypes()
        .Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsAbstract)
        .ToDictionary(t => t.FullName!);

    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schema = SchemaOf();
        while (!stoppingToken.IsCancellationRequested)
        {
            var moreWaiting = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                if (await OutboxLeaseClaim.TryClaimAsync(db, _holder, time.GetUtcNow(), _options.LeaseDuration, stoppingToken))
                    moreWaiting = await PublishBatchAsync(db, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database itself may be briefly unavailable; nothing is lost, try again soon.
                logger.LogWarning(ex, "Outbox relay for {Context} failed; retrying", typeof(TContext).Name);
            }

            if (!moreWaiting)
                await signals.WaitAsync(schema, _options.PollInterval, stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await OutboxLeaseClaim.ReleaseAsync(scope.ServiceProvider.GetRequiredService<TContext>(), _holder, time.GetUtcNow(), cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The container went first (an in-memory test server torn down without a stop): the lease simply expires.
        }
        catch (Exception ex)
        {
            // Not releasing only delays the next relay by one lease duration.
            logger.LogWarning(ex, "Could not release the outbox lease of {Context}", typeof(TContext).Name);
        }
    }

    private string SchemaOf()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TContext>().Schema;
    }

    /// <returns>true when a full batch was published and more rows may be waiting.</returns>
    private async Task<bool> PublishBatchAsync(TContext db, CancellationToken ct)
    {
        // Rows behind a dead row of their aggregate are left out, or enough of them would fill every batch.
        var pending = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.DeadAt == null)
            .Where(m => !db.OutboxMessages.Any(d => d.DeadAt != null && d.SentAt == null && d.AggregateKey == m.AggregateKey && d.Id < m.Id))
            .OrderBy(m => m.Id)
            .Take(_options.BatchSize)
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        var blockedAggregates = new HashSet<string>();
        var published = 0;

        foreach (var row in pending)
        {
            // A later event of an aggregate must wait for every earlier one of the same aggregate.
            if (blockedAggregates.Contains(row.AggregateKey))
                continue;
            if (row.NextAttemptAt > now)
            {
                blockedAggregates.Add(row.AggregateKey);
                continue;
            }

            if (!TryRead(row, out var message, out var type))
            {
                MarkFailed(row, now, $"Unknown or unreadable message type {row.MessageType}");
                blockedAggregates.Add(row.AggregateKey);
                await db.SaveChangesAsync(ct);
                continue;
            }

            try
            {
                await PublishAsync(row, message, type, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                MarkFailed(row, now, ex.Message);
                await db.SaveChangesAsync(ct);
                RectifyTelemetry.OutboxFailures.Add(1);
                if (row.DeadAt is not null)
                {
                    // A poison row, not a broker outage: it waits for an operator, the others go on.
                    blockedAggregates.Add(row.AggregateKey);
                    continue;
                }
                // Most likely the broker is down: stop here so order is kept, and back off.
                logger.LogWarning(ex, "Publishing outbox message {MessageId} failed (attempt {Attempts})", row.MessageId, row.Attempts);
                return false;
            }

            row.SentAt = time.GetUtcNow();
            row.LastError = null;
            await db.SaveChangesAsync(ct);
            RectifyTelemetry.OutboxPublished.Add(1);
            published++;
        }

        if (pending.Count < _options.BatchSize)
            await DeleteOldSentAsync(db, now, ct);
        return pending.Count == _options.BatchSize && published > 0;
    }

    private async Task PublishAsync(OutboxMessage row, object message, Type type, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.PublishTimeout);
        using var activity = RectifyTelemetry.ActivitySource.StartActivity(
            "outbox publish", ActivityKind.Internal, row.TraceParent);
        activity?.SetTag("messaging.message.id", row.MessageId);
        activity?.SetTag("messaging.message.type", row.MessageType);
        await publisher.PublishAsync(message, type, row.MessageId, timeout.Token);
    }

    private void MarkFailed(OutboxMessage row, DateTimeOffset now, string error)
    {
        row.Attempts++;
        var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, row.Attempts - 1), _options.MaxBackoff.TotalSeconds));
        row.NextAttemptAt = now + backoff;
        row.LastError = error.Length > 2000 ? error[..2000] : error;
        if (row.Attempts < _options.MaxAttempts)
            return;
        row.DeadAt = now;
        RectifyTelemetry.OutboxDeadLettered.Add(1);
        logger.LogError("Outbox message {MessageId} ({MessageType}, {AggregateKey}) dead-lettered after {Attempts} attempts: {Error}",
            row.MessageId, row.MessageType, row.AggregateKey, row.Attempts, row.LastError);
    }

    private static bool TryRead(OutboxMessage row, out object message, out Type type)
    {
        message = null!;
        if (!MessageTypes.TryGetValue(row.MessageType, out type!))
            return false;
        try
        {
            message = JsonSerializer.Deserialize(row.Body, type, MessageJson.Options)!;
            return message is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private Task DeleteOldSentAsync(TContext db, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now - _options.SentRetention;
        return db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
