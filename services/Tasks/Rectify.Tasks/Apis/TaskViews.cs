using Rectify.ServiceDefaults.Time;
using Microsoft.Extensions.Options;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

public sealed record TaskSummary(
    Guid Id, Guid FindingId, Guid InspectionId, Guid UnitId, string Measures, string Kind, string State,
    Guid? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment, Guid? ResponsiblePersonId, string? ResponsiblePerson,
    DateOnly? OriginalDeadline, DateOnly? Deadline, string? DeadlineText, int DeadlineVersion, bool Overdue, int? WorkingDaysLeft, string Light,
    int? PendingReviewLevel, string? ReturnReason, DateOnly? ClosedOn, bool Imported, long Version,
    bool Locked = false, bool CompletedLate = false, string? UnlockReason = null);

/// <summary>
/// Derives what is never stored: overdue, working days left, the traffic light, the deadline lock (到期锁定) and
/// completed late (逾期完成), as of today in the units' time zone.
/// </summary>
public sealed class TaskViews(IWorkingCalendar calendar, IOptions<TasksOptions> options, TimeProvider time)
{
    public DateOnly Today => options.Value.Today(time);

    public TaskSummary Summary(RectificationTask t)
    {
        var o = options.Value;
        var urgency = Urgency.Of(t, Today, calendar, o.YellowWithinWorkingDays, o.RedWithinWorkingDays);
        return new(t.Id, t.FindingId, t.InspectionId, t.UnitId, t.Measures, t.Kind, t.State, t.ResponsibleLeaderId, t.ResponsibleLeader,
            t.ResponsibleDepartment, t.ResponsiblePersonId, t.ResponsiblePerson, t.OriginalDeadline, t.Deadline, t.DeadlineText, t.DeadlineVersion,
            urgency.Overdue, urgency.WorkingDaysLeft, urgency.Light.ToString().ToLowerInvariant(), t.PendingReviewLevel, t.ReturnReason, t.ClosedOn,
            t.ImportId is not null, t.Version, DeadlineLock.IsLocked(t, Today), DeadlineLock.CompletedLate(t),
            t.UnlockedDeadlineVersion == t.DeadlineVersion ? t.UnlockReason : null);
    }
}
