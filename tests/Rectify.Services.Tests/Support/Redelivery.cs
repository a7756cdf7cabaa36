using MassTransit.Testing;
using Rectify.Contracts;

namespace Rectify.Services.Tests.Support;

/// <summary>
/// The end of a redelivery, as a signal rather than a sleep: the harness records a consumption only after the
/// consumer returned, so once a message was consumed twice, whatever its second delivery wrote (outbox rows
/// included) is committed and can be counted.
/// </summary>
public static class Redelivery
{
    public static async Task RedeliveredAsync<T>(this ITestHarness harness, T message) where T : class, IIntegrationEvent
    {
        var deliveries = await Eventually.HoldsAsync(
            () => Task.FromResult(harness.Consumed.Select<T>().Where(c => c.Context.Message.Meta.EventId == message.Meta.EventId).ToList()),
            list => list.Count >= 2);
        Assert.True(deliveries.Count >= 2, $"{typeof(T).Name} {message.Meta.EventId} was consumed {deliveries.Count} time(s), not twice; {Faults.Describe(harness)}");
        Assert.All(deliveries, d => Assert.Null(d.Exception));
    }
}
