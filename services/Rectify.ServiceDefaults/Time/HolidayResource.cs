using System.Globalization;
using System.Text.Json;

namespace Rectify.ServiceDefaults.Time;

/// <summary>One day that differs from the Monday–Friday week, as the State Council's notice states it.</summary>
public sealed record HolidayEntry(DateOnly Date, bool IsWorkingDay, string Name, int Year);

/// <summary>
/// Reads the embedded china-holidays.json (the State Council General Office's notices, 2020–2026): the
/// seed of every deployment's calendar, which administrators may then edit in the database.
/// </summary>
public static class HolidayResource
{
    private const string ResourceName = "Rectify.ServiceDefaults.Time.china-holidays.json";

    public static IReadOnlyList<HolidayEntry> Load()
    {
        using var stream = typeof(HolidayResource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var json = JsonDocument.Parse(stream);
        var entries = new List<HolidayEntry>();
        foreach (var year in json.RootElement.GetProperty("years").EnumerateArray())
        {
            var number = year.GetProperty("year").GetInt32();
            foreach (var holiday in year.GetProperty("holidays").EnumerateArray())
            {
                var name = holiday.GetProperty("name").GetString()!;
                var (from, to) = Range(holiday.GetProperty("off").GetString()!);
                for (var date = from; date <= to; date = date.AddDays(1))
                    entries.Add(new HolidayEntry(date, false, name, number));
                if (holiday.TryGetProperty("work", out var work))
                    entries.AddRange(work.EnumerateArray().Select(w => new HolidayEntry(Date(w.GetString()!), true, $"{name}调休上班", number)));
            }
        }
        return entries;
    }

    /// <summary>The resource alone as a calendar, for tests and for a database that is not seeded yet.</summary>
    public static WorkingCalendar Calendar() => new(Load().ToDictionary(e => e.Date, e => e.IsWorkingDay));

    private static (DateOnly From, DateOnly To) Range(string text)
    {
        var parts = text.Split('/');
        return (Date(parts[0]), Date(parts[^1]));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
