namespace Rectify.Contracts.Notifications;

/// <summary>
/// An administrator changed one day of the deployment's working-day calendar (节假日安排) in the
/// notifications service. <c>IsWorkingDay</c> null means the day went back to the plain week (Monday–Friday
/// work). Every service that counts working days applies it over the built-in State Council data.
/// <c>Meta.Version</c> is the edit's instant in ticks (UTC): the newest edit of a day wins.
/// </summary>
public sealed record CalendarDayChanged(EventMeta Meta, DateOnly Date, bool? IsWorkingDay, string? Name) : IIntegrationEvent
{
    public string AggregateKey => $"calendar:{Date:yyyy-MM-dd}";
}
