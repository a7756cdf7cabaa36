using Rectify.Tasks.Model;
using L = Rectify.Tasks.Ledger.LedgerLayout;

namespace Rectify.Tasks.Ledger;

/// <summary>What one 任务清单 row (with its 责任清单 row) asks for: a new task, or changes to an existing one.</summary>
public sealed class LedgerPlan
{
    public required int No { get; init; }
    public required int Row { get; init; }
    public RectificationTask? Task { get; init; }
    public FindingReplica? Finding { get; init; }
    public required string Measures { get; init; }
    public required string Kind { get; init; }
    /// <summary>For a new task its deadline; for an existing one the new deadline, when it changes.</summary>
    public DateOnly? NewDeadline { get; set; }
    public string? DeadlineReason { get; set; }
    /// <summary>The responsibles to set; null when unchanged (or, for a new task, none given).</summary>
    public AssignmentInput? Assignment { get; set; }
}

/// <summary>
/// Checks a ledger's rows against the inspection's findings, tasks and the unit's people, and turns
/// them into plans. Finds every error rather than stopping at the first, so one round of fixes does.
/// An existing task's finding must come back as exported; its measures and kind may be corrected while it is open.
/// </summary>
public sealed class LedgerRows(
    IReadOnlyList<FindingReplica> findings, IReadOnlyDictionary<Guid, RectificationTask> tasks, IReadOnlyList<PersonReplica> people,
    bool inspectionClosed, string? deadlineRefusal, Func<RectificationTask, bool> locked)
{
    private const string LedgerReason = "通过台账设定完成时限";
    private readonly Dictionary<Guid, string> _numbers = FindingNumbers.Of(findings);

    public List<LedgerError> Errors { get; } = [];

    public List<LedgerPlan> Tasks(IReadOnlyList<SheetRow> rows)
    {
        var plans = new List<LedgerPlan>();
        var rowOfNo = new Dictionary<int, int>();
        var rowOfTask = new Dictionary<Guid, int>();
        foreach (var row in rows)
        {
            void Error(string column, string reason) => Errors.Add(new LedgerError(L.TasksSheet, row.Row, column, reason));
            var before = Errors.Count;
            var no = Number(row, L.TasksSheet, rowOfNo);
            RectificationTask? task = null;
            if (row[L.TaskId].Length > 0)
            {
                if (!Guid.TryParse(row[L.TaskId], out var id) || !tasks.TryGetValue(id, out task))
                    Error(L.TaskId, "不是本次巡视巡察的任务编号；新增任务请留空。");
                else if (!rowOfTask.TryAdd(id, row.Row))
                    Error(L.TaskId, $"与第{rowOfTask[id]}行是同一任务。");
            }
            var kind = L.KindOf(row[L.Kind]);
            if (kind is null)
                Error(L.Kind, "应为 立行立改、限期整改 或 长期坚持。");
            var measures = row[L.Measures];
            if (measures.Length is < 2 or > 4000)
                Error(L.Measures, "必填，2 到 4000 个字符。");
            if (row[L.DeadlineReason].Length > 1000)
                Error(L.DeadlineReason, "不能超过 1000 个字符。");
            var plan = task is not null ? Existing(row, task, measures, kind, Error) : New(row, kind, Error);
            if (Errors.Count == before && no is { } n && plan is not null)
                plans.Add(new LedgerPlan
                {
                    No = n, Row = row.Row, Task = task, Finding = plan.Value.Finding, Measures = measures, Kind = kind!,
                    NewDeadline = plan.Value.Deadline, DeadlineReason = plan.Value.Reason,
                });
        }
        return plans;
    }

    public void Responsibles(IReadOnlyList<SheetRow> rows, IReadOnlyList<LedgerPlan> plans)
    {
        var byNo = plans.ToDictionary(p => p.No);
        var rowOfNo = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            void Error(string column, string reason) => Errors.Add(new LedgerError(L.ResponsiblesSheet, row.Row, column, reason));
            if (Number(row, L.ResponsiblesSheet, rowOfNo) is not { } no)
                continue;
            if (!byNo.TryGetValue(no, out var plan))
            {
                // A task row with errors has no plan; its own errors say so, this row need not.
                if (!Errors.Any(e => e.Sheet == L.TasksSheet))
                    Error(L.No, $"任务清单中没有序号为 {no} 的任务。");
                continue;
            }
            if (row[L.TaskId].Length > 0 && !string.Equals(row[L.TaskId], plan.Task?.Id.ToString(), StringComparison.OrdinalIgnoreCase))
                Error(L.TaskId, $"与任务清单第{plan.Row}行的任务编号不符。");
            var (leader, department, person) = (row[L.Leader], row[L.Department], row[L.Person]);
            if (leader.Length > 200)
                Error(L.Leader, "不能超过 200 个字符。");
            if (department.Length > 200)
                Error(L.Department, "不能超过 200 个字符。");
            var t = plan.Task;
            if (t is not null && leader == (t.ResponsibleLeader ?? "") && department == (t.ResponsibleDepartment ?? "") && person == (t.ResponsiblePerson ?? ""))
                continue;
            if (t is not null && !TaskStateMachine.Allows(t.State, TaskAction.Assign))
            {
                Error(person != (t.ResponsiblePerson ?? "") ? L.Person : leader != (t.ResponsibleLeader ?? "") ? L.Leader : L.Department,
                    $"任务{L.StateLabels[t.State]}，不能修改责任人。");
                continue;
            }
            Guid? leaderId = t is not null && leader == (t.ResponsibleLeader ?? "") ? t.ResponsibleLeaderId : OnlyOne(leader)?.PersonId;
            Guid? personId = null;
            if (t is not null && person == (t.ResponsiblePerson ?? ""))
                personId = t.ResponsiblePersonId;
            else if (person.Length > 0)
            {
                var namesakes = people.Where(p => p.Name == person).ToList();
                if (namesakes.Count == 1)
                    personId = namesakes[0].PersonId;
                else
                    Error(L.Person, namesakes.Count == 0
                        ? $"本单位没有名为“{person}”的人员。"
                        : $"本单位有 {namesakes.Count} 位名为“{person}”的人员，请在系统中逐项指定。");
            }
            plan.Assignment = new AssignmentInput(leaderId, Blank(leader), Blank(department), personId);
        }
    }

    private (FindingReplica? Finding, DateOnly? Deadline, string? Reason)? Existing(
        SheetRow row, RectificationTask task, string measures, string? kind, Action<string, string> error)
    {
        var revised = (measures.Length >= 2 && measures != task.Measures) || (kind is not null && kind != task.Kind);
        if (revised && !TaskStateMachine.Allows(task.State, TaskAction.Revise))
            error(measures != task.Measures ? L.Measures : L.Kind, $"任务{L.StateLabels[task.State]}，不能修改整改措施或类型。");
        var cell = row[L.Deadline];
        if (kind is not null && kind != task.Kind && kind != TaskKinds.Sustained && task.Deadline is null && cell.Length == 0)
            error(L.Deadline, "限期整改和立行立改的任务须有完成时限。");
        var reason = Blank(row[L.DeadlineReason]);
        if (task.Deadline is null && (cell.Length == 0 || cell == task.DeadlineText))
            return (null, null, null);
        if (cell.Length == 0)
        {
            error(L.Deadline, "不能清空已有的完成时限。");
            return null;
        }
        if (!LedgerDates.TryParse(cell, out var deadline))
        {
            error(L.Deadline, "不是日期。");
            return null;
        }
        if (deadline == task.Deadline)
            return (null, null, null);
        // A revision keeps its reason in the deadline history; only a first deadline may go without one.
        if (task.Deadline is not null && reason is null)
            error(L.DeadlineReason, "修改已有的完成时限须填写调整原因。");
        if (!TaskStateMachine.Allows(task.State, TaskAction.ChangeDeadline))
            error(L.Deadline, $"任务{L.StateLabels[task.State]}，不能修改完成时限。");
        if (deadlineRefusal is not null)
            error(L.Deadline, deadlineRefusal);
        else if (locked(task))
            error(L.Deadline, "已过完成时限，任务到期锁定：须经巡察办解锁后才能修改完成时限。");
        return (null, deadline, reason ?? LedgerReason);
    }

    private (FindingReplica? Finding, DateOnly? Deadline, string? Reason)? New(SheetRow row, string? kind, Action<string, string> error)
    {
        if (inspectionClosed)
        {
            error("", "本次巡视巡察已结束，不能新增任务。");
            return null;
        }
        FindingReplica? finding = null;
        if (row[L.FindingId].Length > 0)
        {
            finding = Guid.TryParse(row[L.FindingId], out var id) ? findings.FirstOrDefault(f => f.FindingId == id) : null;
            if (finding is null)
                error(L.FindingId, "不是本次巡视巡察的问题编号。");
        }
        else if (row[L.FindingNo].Length == 0)
            error(L.FindingNo, "新增任务须填写问题序号（见问题清单）。");
        else
        {
            var matches = findings.Where(f => _numbers[f.FindingId] == row[L.FindingNo]).ToList();
            if (matches.Count == 1)
                finding = matches[0];
            else
                error(L.FindingNo, $"问题清单中没有序号为“{row[L.FindingNo]}”的问题。");
        }
        DateOnly? deadline = null;
        if (row[L.Deadline].Length == 0)
        {
            if (kind is not null && kind != TaskKinds.Sustained)
                error(L.Deadline, "除长期坚持的任务外，须填写完成时限。");
        }
        else if (LedgerDates.TryParse(row[L.Deadline], out var parsed))
            deadline = parsed;
        else
            error(L.Deadline, "不是日期。");
        return finding is null ? null : (finding, deadline, null);
    }

    private int? Number(SheetRow row, string sheet, Dictionary<int, int> seen)
    {
        if (!int.TryParse(row[L.No], out var no) || no <= 0)
        {
            Errors.Add(new LedgerError(sheet, row.Row, L.No, "应为正整数（任务清单与责任清单以序号对应）。"));
            return null;
        }
        if (!seen.TryAdd(no, row.Row))
        {
            Errors.Add(new LedgerError(sheet, row.Row, L.No, $"与第{seen[no]}行重复。"));
            return null;
        }
        return no;
    }

    // A leader is matched to one person by whole name; otherwise the text is kept as written, as on import.
    private PersonReplica? OnlyOne(string name)
    {
        var matches = people.Where(p => name.Length > 0 && p.Name == name).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
