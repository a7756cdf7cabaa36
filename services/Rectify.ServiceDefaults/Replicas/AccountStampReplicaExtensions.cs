using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Messaging;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.ServiceDefaults.Replicas;

public static class AccountStampReplicaExtensions
{
    public static ModelBuilder AddAccountStamps(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AccountStampReplicaConfiguration());

    /// <summary>
    /// Checks every token against this service's copy of the account stamps. In the embedded host the
    /// first module to register wins; all copies are fed by the same events.
    /// </summary>
    public static IServiceCollection AddAccountStampReplica<TContext>(this IServiceCollection services) where TContext : ServiceDbContext =>
        services.AddAccountStamps(async (sp, accountId, ct) =>
            await sp.GetRequiredService<TContext>().Set<AccountStampReplica>().AsNoTracking()
                .Where(a => a.AccountId == accountId)
                .Select(a => new AccountStamp(a.TokenVersion, a.Disabled))
                .FirstOrDefaultAsync(ct), cached: true);

    /// <summary>Registers where <see cref="AccountStamps"/> reads an account's stamp, unless a module already did.</summary>
    public static IServiceCollection AddAccountStamps(
        this IServiceCollection services, Func<IServiceProvider, Guid, CancellationToken, Task<AccountStamp?>> read, bool cached)
    {
        services.TryAddSingleton(sp => new AccountStamps(
            sp.GetRequiredService<IServiceScopeFactory>(), read,
            cached ? CacheDuration(sp.GetRequiredService<AuthOptions>()) : TimeSpan.Zero, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Never above 30 s, whatever the configuration says: revocation must bite within a minute.</summary>
    private static TimeSpan CacheDuration(AuthOptions options) =>
        options.StampCacheDuration > MaxCacheDuration ? MaxCacheDuration : options.StampCacheDuration;

    private static readonly TimeSpan MaxCacheDuration = TimeSpan.FromSeconds(30);

    public static ServiceConsumers AddAccountStampConsumer<TContext>(this ServiceConsumers consumers) where TContext : ServiceDbContext =>
        consumers.Add<AccountTokensRevokedConsumer<TContext>>();
}

public sealed class AccountTokensRevokedConsumer<TContext>(TContext db, TimeProvider time, AccountStamps stamps)
    : IdempotentConsumer<TContext, AccountTokensRevoked>(db, time) where TContext : ServiceDbContext
{
    public override async Task Consume(ConsumeContext<AccountTokensRevoked> context)
    {
        await base.Consume(context);
        stamps.Forget(context.Message.AccountId); // this process stops trusting its cached stamp at once
    }

    protected override async Task HandleAsync(AccountTokensRevoked message, CancellationToken ct)
    {
        var stamp = await Db.Set<AccountStampReplica>().FindAsync([message.AccountId], ct);
        if (stamp is null)
            Db.Set<AccountStampReplica>().Add(stamp = new AccountStampReplica { AccountId = message.AccountId, Version = long.MinValue });
        if (message.Meta.Version <= stamp.Version)
            return; // an older change that arrived late
        (stamp.TokenVersion, stamp.Disabled, stamp.Version, stamp.UpdatedAt) =
            (message.TokenVersion, message.Disabled, message.Meta.Version, message.Meta.OccurredAt);
    }
}
