using Rectify.Contracts.Tasks;
using Rectify.Reporting.Model;

namespace Rectify.Reporting.Notices;

/// <summary>An item's status in a notice, from its tasks: the least advanced task decides.</summary>
public enum ItemStatus { NotStarted, InProgress, Completed, CompletedSustained }

public static class ItemStatuses
{
    public static ItemStatus Of(IEnumerable<ReportedTask> tasks)
    {
        var list = tasks.ToList();
        if (list.Count == 0 || list.All(t => t.State == TaskStates.Planned))
            return ItemStatus.NotStarted;
        if (!list.All(t => t.IsClosed))
            return ItemStatus.InProgress;
        return list.Any(t => t.State == TaskStates.CompletedSustained) ? ItemStatus.CompletedSustained : ItemStatus.Completed;
    }

    /// <summary>The phrase as notices write it; the importer maps each back to the same state (docs/import-format.md).</summary>
    public static string Phrase(ItemStatus status, bool overdue) => status switch
    {
        ItemStatus.CompletedSustained => "已完成整改并长期坚持",
        ItemStatus.Completed => "已完成整改",
        ItemStatus.InProgress => overdue ? "正在推进（已超过整改时限）" : "正在推进",
        _ => overdue ? "尚未开展（已超过整改时限）" : "尚未开展",
    };
}
