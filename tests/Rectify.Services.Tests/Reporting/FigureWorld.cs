using Rectify.Contracts.Findings;
using Rectify.Contracts.Tasks;
using Rectify.Contracts.Units;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The hand-computed fixture. Today is 2026-06-15 (Monday); yellow runs to 2026-06-30 (ten working days:
/// Friday 19 June is the Dragon Boat Festival);
/// "no recent progress" means nothing since before 2026-05-16.
///
/// 县科技局 (/p/fz/kj/), inspection IA (round R1, 2 clues): a1 closed with outcomes, a2 completed_sustained,
/// a3 in progress and overdue (deadline moved 05-31 → 06-10), a4 submitted due 06-20 (yellow), a5 planned
/// on 04-01 due 09-30 (green, no recent progress). 县审计局 (/p/fz/sj/), IB (round R2): b1 in progress,
/// overdue since 06-01 with progress on 06-10, b2 closed. 厦门某局 (/p/xm/x/): c1 overdue, out of Fuzhou's scope.
/// </summary>
public sealed class FigureWorld
{
    public const string Fuzhou = "/p/fz/";
    public static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();
    public static readonly Guid IA = Guid.NewGuid(), IB = Guid.NewGuid(), IC = Guid.NewGuid();
    public static readonly Guid FA1 = Guid.NewGuid(), FA2 = Guid.NewGuid(), FA3 = Guid.NewGuid(), FB1 = Guid.NewGuid(), FB2 = Guid.NewGuid(), FC1 = Guid.NewGuid();
    public static readonly Guid A1 = Guid.NewGuid(), A2 = Guid.NewGuid(), A3 = Guid.NewGuid(), A4 = Guid.NewGuid(), A5 = Guid.NewGuid();
    public static readonly Guid B1 = Guid.NewGuid(), B2 = Guid.NewGuid(), C1 = Guid.NewGuid();

    public static DateOnly D(int month, int day) => new(2026, month, day);

    public static TaskSnapshot A3Overdue => TaskOf(A3, FA3, IA, A, "/p/fz/kj/", "in_progress", D(6, 10), D(5, 31));

    public static async Task FeedAsync(ReportingHost host)
    {
        await host.FeedAsync(
            Unit(A, "县科技局党组", "/p/fz/kj/", new ContactLine("0591-87654321", "kjj@example.gov.cn", "福州市某路1号")),
            Unit(B, "县审计局党组", "/p/fz/sj/"), Unit(C, "厦门某局党组", "/p/xm/x/"));
        await host.FeedAsync(
            Inspection(IA, A, round: "R1", team: "T1"), Inspection(IB, B, round: "R2", team: "T2"), Inspection(IC, C),
            new CluesCounted(Meta(5), IA, A, 2),
            Finding(FA1, IA, A, null, 1, "一", "贯彻落实党中央决策部署不够有力", 2),
            Finding(FA2, IA, A, FA1, 2, "1", "理论学习不够深入", 3),
            Finding(FA3, IA, A, FA1, 2, "2", "财务管理不规范", 4),
            new FindingCategorised(Meta(6), FA2, IA, A, ["党的建设"]),
            new FindingCategorised(Meta(7), FA3, IA, A, ["财务管理"]),
            Finding(FB1, IB, B, null, 1, "一", "党的建设薄弱", 2),
            Finding(FB2, IB, B, FB1, 2, "1", "三会一课不规范", 3),
            Finding(FC1, IC, C, null, 1, "一", "作风建设不实", 2));
        var a1 = TaskOf(A1, FA2, IA, A, "/p/fz/kj/", "closed", D(5, 31));
        var b1 = TaskOf(B1, FB2, IB, B, "/p/fz/sj/", "in_progress", D(6, 1));
        await host.FeedAsync(
            Planned(a1), Outcome(a1, 2, new OutcomeTotals(2, 0, 3, 0, 1200.50m, 0, 0)),
            Planned(TaskOf(A2, FA2, IA, A, "/p/fz/kj/", "completed_sustained", null)),
            Planned(A3Overdue),
            Planned(TaskOf(A4, FA3, IA, A, "/p/fz/kj/", "submitted", D(6, 20))),
            Planned(TaskOf(A5, FA3, IA, A, "/p/fz/kj/", "planned", D(9, 30)), on: D(4, 1)),
            Planned(b1, on: D(4, 1)), Progress(b1, 2, D(6, 10), "召开专题会议"),
            Planned(TaskOf(B2, FB2, IB, B, "/p/fz/sj/", "closed", D(5, 31))),
            Planned(TaskOf(C1, FC1, IC, C, "/p/xm/x/", "planned", D(6, 1))));
    }
}
