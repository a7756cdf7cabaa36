using Rectify.Contracts.Tasks;

namespace Rectify.Reporting.Ledger;

/// <summary>
/// The inspection ledger (整改台账) from the read model: one sheet, one row per task (a finding without tasks
/// gets one row of its own), the tree's order. Columns follow the tasks service's ledger (问题序号 "一.1",
/// 整改类型, 完成时限, 状态) plus reporting's figures. No names of people and nothing from clues: the
/// responsible department stays, measures have known names masked as in the public notice.
/// </summary>
public static class LedgerColumns
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Sheet = "整改台账";

    public static readonly IReadOnlyList<string> All =
    [
        "序号", "问题序号", "问题", "层级", "立行立改", "问题类别", "整改措施", "整改类型", "责任科室", "原定时限", "完成时限", "延期天数",
        "状态", "销号日期", "是否超期", "预警", "新制定制度", "修改完善制度", "谈话人次", "清退金额（元）", "追缴金额（元）", "问责人数",
    ];

    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["immediate"] = "立行立改", ["time_limited"] = "限期整改", ["sustained"] = "长期坚持",
    };

    public static readonly IReadOnlyDictionary<string, string> States = new Dictionary<string, string>
    {
        [TaskStates.Planned] = "未开始", [TaskStates.InProgress] = "整改中", [TaskStates.Submitted] = "销号审核中",
        [TaskStates.Closed] = "已销号", [TaskStates.CompletedSustained] = "已完成整改并长期坚持",
    };

    public static readonly IReadOnlyDictionary<string, string> Lights = new Dictionary<string, string>
    {
        ["red"] = "红", ["yellow"] = "黄", ["green"] = "绿",
    };

    public static readonly IReadOnlyList<string> Levels = ["", "方面", "问题", "具体问题", "子问题"];
}
