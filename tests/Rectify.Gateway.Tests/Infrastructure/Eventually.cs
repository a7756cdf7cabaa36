namespace Rectify.Gateway.Tests.Infrastructure;

/// <summary>Polls until a condition holds or a generous deadline passes: no timing assumptions.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value))
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Gave up waiting for {what}; last value: {value}");
            await Task.Delay(100);
        }
    }
}
