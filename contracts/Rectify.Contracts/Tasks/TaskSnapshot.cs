namespace Rectify.Contracts.Tasks;

/// <summary>
/// A rectification task (整改任务) as it stands after an event, carried whole by every task event so
/// that notifications (who to remind, about which deadline version) and reporting (counts per
/// inspection, unit, jurisdiction and category; overdue; original against current deadline) never
/// call the tasks service back.
/// </summary>
/// <param name="TaskId">The task; a finding may have several.</param>
/// <param name="FindingId">The finding (问题) it rectifies.</param>
/// <param name="InspectionId">The inspection whose feedback named the finding.</param>
/// <param name="UnitId">The inspected unit that carries the task out.</param>
/// <param name="Measures">The measures (整改措施) as planned.</param>
/// <param name="ResponsibleLeaderId">The leader's directory person id, when one matched.</param>
/// <param name="ResponsibleDepartment">责任科室, as text.</param>
/// <param name="ResponsiblePersonId">The responsible person's (责任人) directory person id.</param>
/// <param name="OriginalDeadline">The first deadline set, never revised.</param>
/// <param name="Deadline">The current deadline; null for a sustained item without one. Overdue: passed and not closed.</param>
/// <param name="ClosedOn">The day it was closed (销号), while closed.</param>
/// <param name="Kind">"immediate" (立行立改), "time_limited" (限期整改) or "sustained" (长期坚持).</param>
/// <param name="State">"planned", "in_progress", "submitted", "closed" or "completed_sustained".</param>
/// <param name="JurisdictionPath">The unit's place in the jurisdiction tree ("/a/b/"), for subtree counts.</param>
/// <param name="Categories">The finding's category tags when the event was written.</param>
/// <param name="DeadlineText">The deadline as written in an imported notice ("2022年6月底前"), when there was one.</param>
/// <param name="DeadlineVersion">1 for the first deadline, +1 for every revision; a reminder names the version it was scheduled for.</param>
/// <param name="ResponsibleLeader">The leader's name (or the text as written when no person matched).</param>
/// <param name="ResponsiblePerson">The person's name, when one is assigned.</param>
/// <param name="UnlockedDeadlineVersion">
/// The deadline version the inspection office unlocked the task for (到期锁定 lifted), if any. Locked = the deadline
/// has passed, the task is neither closed nor submitted, and this is not the current deadline version. Added later:
/// absent in older events (null, i.e. never unlocked).
/// </param>
public sealed record TaskSnapshot(
    Guid TaskId, Guid FindingId, Guid InspectionId, Guid UnitId, string JurisdictionPath, IReadOnlyList<string> Categories,
    string Kind, string State, string Measures,
    Guid? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment, Guid? ResponsiblePersonId, string? ResponsiblePerson,
    DateOnly? OriginalDeadline, DateOnly? Deadline, string? DeadlineText, int DeadlineVersion, DateOnly? ClosedOn,
    int? UnlockedDeadlineVersion = null);

/// <summary>
/// One outcome figure (整改成效). <c>Kind</c>: "rule_made" (新制定制度), "rule_revised" (修改完善制度), "talk"
/// (约谈/提醒谈话/诫勉谈话, <c>TalkKind</c> as written, with <c>People</c> and/or <c>Batches</c>), "money_returned"
/// (清退) or "money_recovered" (追缴) with <c>Amount</c> in 元, "accountability" (问责) with <c>People</c>.
/// </summary>
public sealed record OutcomeFigure(string Kind, string? Title, string? TalkKind, int? People, int? Batches, decimal? Amount);

/// <summary>A task's outcome figures summed: what reporting adds up per inspection, unit and jurisdiction.</summary>
public sealed record OutcomeTotals(
    int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable);
