namespace Rectify.Services.Tests.Support;

/// <summary>
/// Polls until a condition holds or a generous deadline passes: no fixed sleeps, no timing asserts.
/// The minute is for a loaded two-core CI machine, where SQLite commits can queue behind builds.
/// </summary>
public static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        var value = await read();
        while (!condition(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }
}
