using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts.Notifications;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Messaging;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.ServiceDefaults.Time;

public static class CalendarReplicaExtensions
{
    public static ModelBuilder AddCalendarOverrides(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new CalendarOverrideConfiguration());

    /// <summary>Registers the service's <see cref="ReplicatedCalendar{TContext}"/> and what keeps it current.</summary>
    public static IServiceCollection AddReplicatedCalendar<TContext>(this IServiceCollection services) where TContext : ServiceDbContext
    {
        services.AddSingleton<ReplicatedCalendar<TContext>>();
        services.AddHostedService<CalendarRefresher<TContext>>();
        return services;
    }

    public static ServiceConsumers AddCalendarConsumer<TContext>(this ServiceConsumers consumers) where TContext : ServiceDbContext =>
        consumers.Add<CalendarDayChangedConsumer<TContext>>();
}

public sealed class CalendarDayChangedConsumer<TContext>(TContext db, TimeProvider time, ReplicatedCalendar<TContext> calendar)
    : IdempotentConsumer<TContext, CalendarDayChanged>(db, time) where TContext : ServiceDbContext
{
    public override async Task Consume(ConsumeContext<CalendarDayChanged> context)
    {
        await base.Consume(context);
        calendar.Changed();
    }

    protected override async Task HandleAsync(CalendarDayChanged message, CancellationToken ct)
    {
        var day = await Db.Set<CalendarOverride>().FindAsync([message.Date], ct);
        if (day is null)
            Db.Set<CalendarOverride>().Add(day = new CalendarOverride { Date = message.Date, Version = long.MinValue });
        if (message.Meta.Version <= day.Version)
            return; // an older edit that arrived late
        (day.IsWorkingDay, day.Name, day.Version) = (message.IsWorkingDay, message.Name, message.Meta.Version);
    }
}
