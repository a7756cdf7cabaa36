using Rectify.Contracts.Tasks;

namespace Rectify.Tasks.Model;

internal static class Snapshots
{
    public static TaskSnapshot Of(RectificationTask t, string jurisdictionPath, IReadOnlyList<string> categories) =>
        new(t.Id, t.FindingId, t.InspectionId, t.UnitId, jurisdictionPath, categories, t.Kind, t.State, t.Measures,
            t.ResponsibleLeaderId, t.ResponsibleLeader, t.ResponsibleDepartment, t.ResponsiblePersonId, t.ResponsiblePerson,
            t.OriginalDeadline, t.Deadline, t.DeadlineText, t.DeadlineVersion, t.ClosedOn, t.UnlockedDeadlineVersion);
}

public static class Outcomes
{
    public static OutcomeTotals Total(IEnumerable<Outcome> outcomes)
    {
        var all = outcomes.ToList();
        int Sum(string kind, Func<Outcome, int?> of) => all.Where(o => o.Kind == kind).Sum(o => of(o) ?? 0);
        return new OutcomeTotals(
            all.Count(o => o.Kind == OutcomeKinds.RuleMade),
            all.Count(o => o.Kind == OutcomeKinds.RuleRevised),
            Sum(OutcomeKinds.Talk, o => o.People),
            Sum(OutcomeKinds.Talk, o => o.Batches),
            all.Where(o => o.Kind == OutcomeKinds.MoneyReturned).Sum(o => o.Amount ?? 0),
            all.Where(o => o.Kind == OutcomeKinds.MoneyRecovered).Sum(o => o.Amount ?? 0),
            Sum(OutcomeKinds.Accountability, o => o.People));
    }

    /// <summary>A line for the audit trail, in the words a notice would use.</summary>
    public static string Describe(Outcome o) => o.Kind switch
    {
        OutcomeKinds.RuleMade => $"新制定制度：{o.Title}",
        OutcomeKinds.RuleRevised => $"修改完善制度：{o.Title}",
        OutcomeKinds.Talk => $"{o.TalkKind ?? "谈话"}：{o.People?.ToString() ?? "-"}人次，{o.Batches?.ToString() ?? "-"}批次",
        OutcomeKinds.MoneyReturned => $"清退：{o.Amount}元",
        OutcomeKinds.MoneyRecovered => $"追缴：{o.Amount}元",
        OutcomeKinds.Accountability => $"问责：{o.People}人{(o.Title is null ? "" : "，" + o.Title)}",
        _ => o.Kind,
    };
}
