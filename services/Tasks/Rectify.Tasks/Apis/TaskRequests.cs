using System.ComponentModel.DataAnnotations;
using Rectify.Contracts.Tasks;
using Rectify.ServiceDefaults.Errors;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

public sealed record PlanRequest(
    [property: Required] Guid? FindingId,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Measures,
    [property: Required, AllowedValues(TaskKinds.Immediate, TaskKinds.TimeLimited, TaskKinds.Sustained)] string Kind,
    Guid? ResponsibleLeaderId = null,
    [property: StringLength(200)] string? ResponsibleLeader = null,
    [property: StringLength(200)] string? ResponsibleDepartment = null,
    Guid? ResponsiblePersonId = null,
    DateOnly? Deadline = null)
{
    public PlanInput ToInput() => new(Measures, Kind, ResponsibleLeaderId, ResponsibleLeader, ResponsibleDepartment, ResponsiblePersonId, Deadline);
}

/// <summary>Corrects the measures and the kind; both are sent, as the planning form shows them.</summary>
public sealed record RevisionRequest(
    [property: Required, StringLength(4000, MinimumLength = 2)] string Measures,
    [property: Required, AllowedValues(TaskKinds.Immediate, TaskKinds.TimeLimited, TaskKinds.Sustained)] string Kind);

/// <summary>Replaces the three responsibles; an absent one is cleared. A leader id wins over leader text.</summary>
public sealed record AssignmentRequest(
    Guid? ResponsibleLeaderId = null,
    [property: StringLength(200)] string? ResponsibleLeader = null,
    [property: StringLength(200)] string? ResponsibleDepartment = null,
    Guid? ResponsiblePersonId = null)
{
    public AssignmentInput ToInput() => new(ResponsibleLeaderId, ResponsibleLeader, ResponsibleDepartment, ResponsiblePersonId);
}

/// <summary>A new deadline with the reason: a direct change, or the deadline proposed by an extension request.</summary>
public sealed record DeadlineRequest(
    [property: Required] DateOnly? Deadline,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

/// <summary>A decision; <c>Deadline</c> is only read when approving an extension: the date granted, if not the one asked for.</summary>
public sealed record DecisionRequest([property: Required] bool? Approve, [property: StringLength(1000)] string? Reason = null, DateOnly? Deadline = null);

public sealed record UnlockRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record ProgressRequest(
    [property: Required] DateOnly? ReportedOn,
    [property: Required, StringLength(8000, MinimumLength = 2)] string Narrative,
    [property: MaxLength(50)] List<FigureRequest>? Figures = null);

public sealed record OutcomesRequest([property: Required, MinLength(1), MaxLength(50)] List<FigureRequest> Figures);

/// <summary>A close-out request; <c>EvidenceIds</c> names the task's evidence put forward (absent or empty: all of it).</summary>
public sealed record CloseOutBody([property: StringLength(2000)] string? Note = null, [property: MaxLength(200)] List<Guid>? EvidenceIds = null);

public sealed record ReopenRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

/// <summary>
/// One outcome figure. Which fields a kind needs is checked by <see cref="Figures.Check"/>: list items
/// are not reached by the attribute validation.
/// </summary>
public sealed record FigureRequest(string? Kind, string? Title = null, string? TalkKind = null, int? People = null, int? Batches = null, decimal? Amount = null);

public static class Figures
{
    /// <summary>The figures as the domain takes them, or a 400 naming the first bad one (<c>figures[2].amount</c>).</summary>
    public static IReadOnlyList<OutcomeFigure> Check(IReadOnlyList<FigureRequest>? figures)
    {
        var checkedFigures = new List<OutcomeFigure>();
        for (var i = 0; i < (figures?.Count ?? 0); i++)
        {
            var f = figures![i];
            string Field(string name) => $"figures[{i}].{name}";
            if (f.Kind is null || !OutcomeKinds.All.Contains(f.Kind))
                throw new FieldException(Field("kind"), $"Kind is one of {string.Join(", ", OutcomeKinds.All)}.");
            if (f.People is < 0 or > 100000)
                throw new FieldException(Field("people"), "People is 0 to 100000.");
            if (f.Batches is < 0 or > 100000)
                throw new FieldException(Field("batches"), "Batches is 0 to 100000.");
            if (f.Title?.Length > 300)
                throw new FieldException(Field("title"), "A title is at most 300 characters.");
            if (f.TalkKind?.Length > 30)
                throw new FieldException(Field("talkKind"), "A talk kind is at most 30 characters.");
            switch (f.Kind)
            {
                case OutcomeKinds.RuleMade or OutcomeKinds.RuleRevised when string.IsNullOrWhiteSpace(f.Title):
                    throw new FieldException(Field("title"), "A rule is recorded with its title.");
                case OutcomeKinds.Talk when string.IsNullOrWhiteSpace(f.TalkKind):
                    throw new FieldException(Field("talkKind"), "A talk is recorded with its kind (约谈, 提醒谈话, 诫勉谈话…).");
                case OutcomeKinds.Talk when (f.People ?? 0) + (f.Batches ?? 0) <= 0:
                    throw new FieldException(Field("people"), "A talk is counted in people or batches.");
                case OutcomeKinds.MoneyReturned or OutcomeKinds.MoneyRecovered when f.Amount is not > 0 || f.Amount > 1_000_000_000_000m:
                    throw new FieldException(Field("amount"), "An amount in 元, above 0.");
                case OutcomeKinds.Accountability when f.People is not > 0:
                    throw new FieldException(Field("people"), "How many people were held accountable.");
            }
            checkedFigures.Add(new OutcomeFigure(f.Kind, f.Title?.Trim(), f.TalkKind?.Trim(), f.People, f.Batches,
                f.Kind is OutcomeKinds.MoneyReturned or OutcomeKinds.MoneyRecovered ? f.Amount : null));
        }
        return checkedFigures;
    }
}
