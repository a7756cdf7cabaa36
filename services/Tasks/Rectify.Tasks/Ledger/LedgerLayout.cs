using Rectify.Contracts.Tasks;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Ledger;

/// <summary>
/// The ledger (整改台账) workbook: three sheets with these columns in this order. 序号 joins a row of
/// 任务清单 to its row of 责任清单 within one workbook; 任务编号 ties a row to a task in the system, so
/// an exported ledger comes back onto the same tasks. Columns marked read-only are written for the
/// reader's sake and ignored on import.
/// </summary>
public static class LedgerLayout
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string FindingsSheet = "问题清单";
    public const string TasksSheet = "任务清单";
    public const string ResponsiblesSheet = "责任清单";

    public const string No = "序号";
    public const string FindingNo = "问题序号";
    public const string Finding = "问题";
    public const string Level = "层级";
    public const string ImmediateFix = "立行立改";
    public const string TaskCount = "整改任务数";
    public const string FindingId = "问题编号";
    public const string Measures = "整改措施";
    public const string Kind = "整改类型";
    public const string Deadline = "完成时限";
    public const string DeadlineReason = "时限调整原因";
    public const string State = "状态";
    public const string TaskId = "任务编号";
    public const string Leader = "责任领导";
    public const string Department = "责任科室";
    public const string Person = "责任人";
    /// <summary>到期锁定 / 逾期完成 / 按期完成 (or empty): written for the reader, after the columns an import reads.</summary>
    public const string DeadlineStatus = "时限状态";
    public const string Locked = "到期锁定";
    public const string CompletedLate = "逾期完成";
    public const string CompletedOnTime = "按期完成";

    public static readonly IReadOnlyList<string> FindingColumns = [FindingNo, Finding, Level, ImmediateFix, TaskCount, FindingId];
    public static readonly IReadOnlyList<string> TaskColumns = [No, FindingNo, Finding, Measures, Kind, Deadline, DeadlineReason, State, FindingId, TaskId];
    /// <summary>The export's 任务清单: the columns an import reads, then <see cref="DeadlineStatus"/> (ignored on import, so older ledgers still load).</summary>
    public static readonly IReadOnlyList<string> TaskExportColumns = [.. TaskColumns, DeadlineStatus];
    public static readonly IReadOnlyList<string> ResponsibleColumns = [No, FindingNo, Measures, Leader, Department, Person, TaskId];

    public static readonly IReadOnlyDictionary<string, string> KindLabels = new Dictionary<string, string>
    {
        [TaskKinds.Immediate] = "立行立改", [TaskKinds.TimeLimited] = "限期整改", [TaskKinds.Sustained] = "长期坚持",
    };

    public static readonly IReadOnlyDictionary<string, string> StateLabels = new Dictionary<string, string>
    {
        [TaskStates.Planned] = "未开始", [TaskStates.InProgress] = "整改中", [TaskStates.Submitted] = "销号审核中",
        [TaskStates.Closed] = "已销号", [TaskStates.CompletedSustained] = "已完成整改并长期坚持",
    };

    public static string? KindOf(string label) => KindLabels.FirstOrDefault(k => k.Value == label).Key;

    /// <summary>The sheets' columns by name, in the order an error list sorts them.</summary>
    public static IReadOnlyList<string> ColumnsOf(string sheet) => sheet switch
    {
        FindingsSheet => FindingColumns,
        TasksSheet => TaskColumns,
        _ => ResponsibleColumns,
    };
}
