using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Tasks.Model;

/// <summary>How what an imported notice says maps onto a task.</summary>
public static partial class ImportedProgress
{
    public static string State(string? statedState) => statedState switch
    {
        "completed" => TaskStates.Closed,
        "completed_sustained" => TaskStates.CompletedSustained,
        "in_progress" => TaskStates.InProgress,
        _ => TaskStates.Planned, // not_started, or nothing stated
    };

    public static string Kind(string? statedState, string? deadlineText, bool immediateFix)
    {
        if (statedState == "completed_sustained" || deadlineText?.Contains("长期") == true)
            return TaskKinds.Sustained;
        if (immediateFix || deadlineText?.Contains("立行立改") == true || deadlineText?.Contains("立即") == true)
            return TaskKinds.Immediate;
        return TaskKinds.TimeLimited;
    }

    /// <summary>
    /// Reads "2022年6月30日", "2022年6月底(前)", "2022年6月", "2022年底" and "6月底" (year of the notice); anything
    /// else (长期坚持, 立行立改, 持续推进) has no date and stays as text only.
    /// </summary>
    public static DateOnly? Deadline(string? text, DateOnly? reportedOn)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var match = DatePattern().Match(text);
        if (!match.Success)
            return null;
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value) : reportedOn?.Year;
        if (year is not { } y || y < 1990 || y > 2100)
            return null;
        if (!match.Groups["month"].Success)
            return new DateOnly(y, 12, 31);
        var month = int.Parse(match.Groups["month"].Value);
        if (month is < 1 or > 12)
            return null;
        var last = DateTime.DaysInMonth(y, month);
        if (match.Groups["day"].Success && int.Parse(match.Groups["day"].Value) is var day and >= 1 && day <= last)
            return new DateOnly(y, month, day);
        return new DateOnly(y, month, last);
    }

    /// <summary>
    /// The unit's one person the text names: by the whole name, else the one person whose name appears in
    /// the text ("局党组书记、局长张三"). None or several: no match, and the text is kept as written.
    /// </summary>
    public static async Task<PersonReplica?> MatchPersonAsync(TasksDbContext db, Guid unitId, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        var people = await db.People.AsNoTracking().Where(p => p.UnitId == unitId).ToListAsync(ct);
        var exact = people.Where(p => p.Name == trimmed).ToList();
        if (exact.Count == 1)
            return exact[0];
        var named = people.Where(p => p.Name.Length >= 2 && trimmed.Contains(p.Name, StringComparison.Ordinal)).ToList();
        return exact.Count == 0 && named.Count == 1 ? named[0] : null;
    }

    [GeneratedRegex(@"(?:(?<year>\d{4})年)?(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?|(?<year>\d{4})年")]
    private static partial Regex DatePattern();
}
