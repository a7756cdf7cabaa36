using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.Contracts.Notifications;
using Rectify.ServiceDefaults.Time;
using Rectify.Services.Tests.Support;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Services.Tests.Tasks;

/// <summary>The tasks service's lights follow the administrators' calendar edits, newest edit per day winning.</summary>
public sealed class Calendar_edits : IDisposable
{
    private static readonly DateOnly NationalDay = new(2024, 10, 3); // a Thursday inside the 2024 holiday
    private readonly TasksHost _host = new();

    private IWorkingCalendar Calendar => _host.Services.GetRequiredService<IWorkingCalendar>();

    [Fact]
    public async Task An_edit_changes_the_working_days_and_a_late_older_edit_does_not()
    {
        Assert.False(Calendar.IsWorkingDay(NationalDay));

        await _host.Harness.Bus.Publish(Changed(NationalDay, true, "调整上班", version: 20));
        await Eventually.HoldsAsync(() => Task.FromResult(Calendar.IsWorkingDay(NationalDay)), working => working);
        Assert.Equal(new DateOnly(2024, 10, 3), Calendar.AddWorkingDays(new DateOnly(2024, 9, 30), 1));

        await _host.Harness.Bus.Publish(Changed(NationalDay, false, "国庆节", version: 10));
        await Eventually.HoldsAsync(() => _host.Db(db => db.InboxMessages.CountAsync()), n => n >= 2);
        Assert.True(Calendar.IsWorkingDay(NationalDay));
    }

    [Fact]
    public async Task Removing_a_day_returns_it_to_the_plain_week()
    {
        var makeUpSaturday = new DateOnly(2024, 10, 12);
        Assert.True(Calendar.IsWorkingDay(makeUpSaturday));

        await _host.Harness.Bus.Publish(Changed(makeUpSaturday, null, null, version: 5));

        await Eventually.HoldsAsync(() => Task.FromResult(Calendar.IsWorkingDay(makeUpSaturday)), working => !working);
        Assert.Null(await _host.Db(db => db.Set<CalendarOverride>().Where(d => d.Date == makeUpSaturday).Select(d => d.IsWorkingDay).SingleAsync()));
    }

    private static CalendarDayChanged Changed(DateOnly date, bool? working, string? name, long version) =>
        new(EventMeta.New(version, "admin", DateTimeOffset.UtcNow), date, working, name);

    public void Dispose() => _host.Dispose();
}
