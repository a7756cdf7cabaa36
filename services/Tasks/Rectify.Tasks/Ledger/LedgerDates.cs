using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Tasks.Ledger;

/// <summary>Dates as they arrive in a ledger cell: an Excel date (a day number), or typed as 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日.</summary>
public static partial class LedgerDates
{
    public static bool TryParse(string cell, out DateOnly date)
    {
        date = default;
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            // 1900-03-01 .. 9999-12-31 as Excel day numbers; smaller numbers are not plausible deadlines.
            if (serial is < 61 or > 2958465 || serial != Math.Floor(serial))
                return false;
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        var match = Typed().Match(cell);
        return match.Success
            && DateOnly.TryParseExact($"{match.Groups[1].Value}-{int.Parse(match.Groups[2].Value):00}-{int.Parse(match.Groups[3].Value):00}", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")]
    private static partial Regex Typed();
}
