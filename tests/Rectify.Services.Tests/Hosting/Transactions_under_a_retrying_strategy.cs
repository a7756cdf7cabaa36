using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Services.Tests.Support;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Services.Tests.Hosting;

/// <summary>
/// SQL Server and PostgreSQL run every context under a retrying execution strategy, which refuses a
/// transaction opened by hand. SQLite runs under one too, so every messaging test here meets that rule.
/// </summary>
public sealed class Transactions_under_a_retrying_strategy
{
    [Fact] public Task Units_retries() => Check<Rectify.Units.Program, Rectify.Units.Infrastructure.UnitsDbContext>();
    [Fact] public Task Findings_retries() => Check<Rectify.Findings.Program, Rectify.Findings.Infrastructure.FindingsDbContext>();
    [Fact] public Task Tasks_retries() => Check<Rectify.Tasks.Program, Rectify.Tasks.Infrastructure.TasksDbContext>();
    [Fact] public Task Notifications_retries() => Check<Rectify.Notifications.Program, Rectify.Notifications.Infrastructure.NotificationsDbContext>();
    [Fact] public Task Reporting_retries() => Check<Rectify.Reporting.Program, Rectify.Reporting.Infrastructure.ReportingDbContext>();

    private static async Task Check<TProgram, TContext>() where TProgram : class where TContext : ServiceDbContext
    {
        using var service = new ServiceFactory<TProgram>();
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        Assert.True(db.Database.CreateExecutionStrategy().RetriesOnFailure);

        // A transient failure part-way retries the whole unit of work: what the failed attempt staged is not saved twice.
        var id = Guid.NewGuid();
        var attempts = 0;
        await db.InTransactionAsync(async ct =>
        {
            db.InboxMessages.Add(new InboxMessage { MessageId = id, Consumer = "test", ProcessedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(ct);
            if (++attempts == 1)
                throw new SqliteException("database is locked", 5);
        }, CancellationToken.None);
        Assert.Equal(2, attempts);
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.MessageId == id));

        // What production would do to a transaction opened by hand, outside the strategy.
        db.ChangeTracker.Clear();
        await using var handOpened = await db.Database.BeginTransactionAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.InboxMessages.CountAsync());
        Assert.Contains("does not support user-initiated transactions", refused.Message);
    }
}
