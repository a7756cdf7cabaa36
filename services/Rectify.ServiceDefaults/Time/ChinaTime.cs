namespace Rectify.ServiceDefaults.Time;

/// <summary>
/// Dates in Rectify are the agencies' dates: "today" and every deadline are calendar days in
/// Asia/Shanghai, whatever zone the server runs in.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(this TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
}
