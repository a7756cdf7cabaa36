using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Contracts;
using Rectify.Contracts.Notifications;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Notifications.Sending;

/// <summary>
/// Delivers one claimed schedule. In order: quiet hours defer it (to their end); the first visit fixes
/// its deliveries (one per enabled channel); each due delivery is attempted and saved on its own, so
/// a send that succeeded is never repeated; the save that finishes the last delivery also marks the
/// schedule done and queues ReminderSent / EscalationRaised in the outbox, in one transaction. A
/// failure backs off exponentially (capped) and the schedule's due time becomes the next retry.
/// </summary>
public sealed class ScheduleDispatcher(
    NotificationsDbContext db, IEmailSender email, WebhookSender webhooks, DigestComposer digests, TimeProvider time,
    IOptions<SweepOptions> sweep, IOptions<QuietHours> quiet, ILogger<ScheduleDispatcher> logger)
{
    public async Task DispatchAsync(long scheduleId, string holder, CancellationToken ct)
    {
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, ct);
        if (schedule is null || schedule.State != ScheduleStates.Pending || schedule.ClaimedBy != holder)
            return;
        try
        {
            await DispatchAsync(schedule, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Cancelled while we were sending (the deadline moved or the subject closed): leave it cancelled.
            logger.LogInformation("Schedule {ScheduleId} changed while being delivered", scheduleId);
        }
    }

    private async Task DispatchAsync(Schedule schedule, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == schedule.RecipientId, ct);
        var preference = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == schedule.RecipientId, ct) ?? new Preference();

        if (QuietUntil(preference, now) is { } quietEnd)
        {
            schedule.DueAt = quietEnd;
            schedule.RemindOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(quietEnd, ChinaTime.Zone).DateTime);
            Release(schedule);
            await db.SaveChangesAsync(ct);
            return;
        }

        var deliveries = await db.Deliveries.Where(d => d.ScheduleId == schedule.Id).ToListAsync(ct);
        if (deliveries.Count == 0 && !schedule.IsEscalation && schedule.RemindOn < time.Today())
        {
            // Missed its day (the service was down): a later reminder says the same, better than a flood of stale ones.
            schedule.State = ScheduleStates.Skipped;
            schedule.CompletedAt = now;
            await db.SaveChangesAsync(ct);
            return;
        }
        var unitName = await db.Units.Where(u => u.UnitId == schedule.UnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        // A digest is written on its first visit and kept for its retries; then, nothing open (or no longer a coordinator) skips it.
        var digest = WeeklyDigest.Is(schedule) ? await DigestAsync(schedule, unitName, person?.Name, firstVisit: deliveries.Count == 0, ct) : null;
        if (deliveries.Count == 0 && WeeklyDigest.Is(schedule) && digest is null)
        {
            schedule.State = ScheduleStates.Skipped;
            schedule.CompletedAt = now;
            await db.SaveChangesAsync(ct);
            return;
        }
        if (deliveries.Count == 0)
        {
            deliveries = await PlanDeliveriesAsync(schedule, person, preference, now, ct);
            if (deliveries.Count == 0)
            {
                schedule.State = ScheduleStates.Skipped;
                schedule.CompletedAt = now;
                await db.SaveChangesAsync(ct);
                return;
            }
            if (digest is not null)
                db.DigestTexts.Add(new DigestText { ScheduleId = schedule.Id, Title = digest.Title, Text = digest.Text });
            await db.SaveChangesAsync(ct);
        }

        var deadline = await db.Deadlines.AsNoTracking().FirstOrDefaultAsync(d => d.SubjectKind == schedule.SubjectKind && d.SubjectId == schedule.SubjectId, ct);
        var message = digest ?? ReminderMessage.For(schedule, deadline, unitName, person?.Name);

        foreach (var delivery in deliveries.Where(d => d.State == DeliveryStates.Pending && (d.NextAttemptAt ?? now) <= now))
        {
            await AttemptAsync(schedule, delivery, message, person, ct);
            Finish(schedule, deliveries);
            await db.SaveChangesAsync(ct);
        }

        if (schedule.State == ScheduleStates.Pending)
        {
            schedule.DueAt = deliveries.Where(d => d.State == DeliveryStates.Pending).Min(d => d.NextAttemptAt ?? now);
            Release(schedule);
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task<ReminderMessage?> DigestAsync(Schedule schedule, string unitName, string? personName, bool firstVisit, CancellationToken ct)
    {
        if (!firstVisit && await db.DigestTexts.AsNoTracking().FirstOrDefaultAsync(t => t.ScheduleId == schedule.Id, ct) is { } kept)
            return new ReminderMessage(kept.Title, kept.Text);
        // First visit, or a digest planned before texts were kept.
        return await digests.ComposeAsync(schedule, unitName, personName, firstVisit, ct);
    }

    private async Task AttemptAsync(Schedule schedule, Delivery delivery, ReminderMessage message, PersonReplica? person, CancellationToken ct)
    {
        delivery.Attempts++;
        try
        {
            switch (delivery.Channel)
            {
                case Channels.Inbox:
                    db.Inbox.Add(new InboxItem
                    {
                        PersonId = schedule.RecipientId, ScheduleId = schedule.Id, UnitId = schedule.UnitId, SubjectKind = schedule.SubjectKind,
                        SubjectId = schedule.SubjectId, Title = message.Title, Body = message.Text, IsEscalation = schedule.IsEscalation,
                        CreatedAt = time.GetUtcNow(),
                    });
                    break;
                case Channels.Email:
                    await email.SendAsync(delivery.Target, message.Title, message.Text, ct);
                    break;
                case Channels.Webhook:
                    var hook = await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == Guid.Parse(delivery.Target), ct)
                        ?? throw new WebhookFailedException("The webhook was removed.");
                    await webhooks.SendAsync(hook, schedule, message, person, delivery.Id, ct);
                    break;
            }
            delivery.State = DeliveryStates.Sent;
            delivery.SentAt = time.GetUtcNow();
            delivery.NextAttemptAt = null;
            delivery.LastError = null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var options = sweep.Value;
            var backoff = TimeSpan.FromTicks(Math.Min(options.FirstRetry.Ticks * (1L << Math.Min(delivery.Attempts - 1, 30)), options.MaxBackoff.Ticks));
            delivery.LastError = ErrorText(delivery, ex);
            delivery.NextAttemptAt = time.GetUtcNow() + backoff;
            if (delivery.Attempts >= options.MaxAttempts)
            {
                delivery.State = DeliveryStates.Failed;
                delivery.NextAttemptAt = null;
            }
            logger.LogWarning("Delivery {DeliveryId} ({Channel}) of schedule {ScheduleId} failed (attempt {Attempts}): {Error}",
                delivery.Id, delivery.Channel, schedule.Id, delivery.Attempts, delivery.LastError);
        }
    }

    /// <summary>What the delivery log may show: a webhook's own fixed text only, never what its server answered.</summary>
    private static string ErrorText(Delivery delivery, Exception ex) => delivery.Channel == Channels.Webhook && ex is not WebhookFailedException
        ? "The webhook could not be sent."
        : ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;

    /// <summary>When nothing is left to try: the schedule is done, and its event goes into the outbox in the same save.</summary>
    private void Finish(Schedule schedule, List<Delivery> deliveries)
    {
        if (deliveries.Any(d => d.State == DeliveryStates.Pending))
            return;
        var now = time.GetUtcNow();
        var channels = deliveries.Where(d => d.State == DeliveryStates.Sent).Select(d => d.Channel).Distinct().ToList();
        schedule.State = channels.Count > 0 ? ScheduleStates.Sent : ScheduleStates.Failed;
        schedule.CompletedAt = now;
        if (channels.Count == 0)
            return;
        var meta = EventMeta.New(schedule.DeadlineVersion, null, now);
        db.Publish(schedule.IsEscalation
            ? new EscalationRaised(meta, schedule.Id, schedule.SubjectKind, schedule.SubjectId, schedule.UnitId, schedule.Rule, schedule.Tier,
                schedule.Deadline, schedule.WorkingDaysOverdue, schedule.RecipientId, channels)
            : new ReminderSent(meta, schedule.Id, schedule.SubjectKind, schedule.SubjectId, schedule.UnitId, schedule.Rule, schedule.Deadline,
                schedule.RecipientId, channels));
    }

    private async Task<List<Delivery>> PlanDeliveriesAsync(
        Schedule schedule, PersonReplica? person, Preference preference, DateTimeOffset now, CancellationToken ct)
    {
        var targets = new List<(string Channel, string Target)>();
        // A digest goes to each coordinator personally and to the unit's robots once, as its own group row.
        var group = WeeklyDigest.Is(schedule) && schedule.Tier == WeeklyDigest.GroupTier;
        var personal = !group;
        if (preference.Inbox && personal)
            targets.Add((Channels.Inbox, schedule.RecipientId.ToString()));
        if (preference.Email && personal && email.Configured && person?.Email is { Length: > 0 } address)
            targets.Add((Channels.Email, address));
        if (group || (preference.Webhook && !WeeklyDigest.Is(schedule)))
        {
            var hooks = await db.Webhooks.Where(w => w.UnitId == schedule.UnitId && w.Enabled).Select(w => w.Id).ToListAsync(ct);
            targets.AddRange(hooks.Select(h => (Channels.Webhook, h.ToString())));
        }
        var deliveries = targets.Select(t => new Delivery
        {
            ScheduleId = schedule.Id, UnitId = schedule.UnitId, Channel = t.Channel, Target = t.Target, State = DeliveryStates.Pending, CreatedAt = now,
        }).ToList();
        db.Deliveries.AddRange(deliveries);
        return deliveries;
    }

    /// <summary>The end of the recipient's quiet hours when <paramref name="now"/> falls inside them.</summary>
    private DateTimeOffset? QuietUntil(Preference preference, DateTimeOffset now)
    {
        var start = preference.QuietStart ?? quiet.Value.Start;
        var end = preference.QuietEnd ?? quiet.Value.End;
        var local = TimeZoneInfo.ConvertTime(now, ChinaTime.Zone);
        if (!QuietHours.Contains(start, end, TimeOnly.FromDateTime(local.DateTime)))
            return null;
        var today = DateOnly.FromDateTime(local.DateTime);
        var until = Scheduling.Scheduler.At(today, end);
        return until > now ? until : Scheduling.Scheduler.At(today.AddDays(1), end);
    }

    private static void Release(Schedule schedule)
    {
        schedule.ClaimedBy = null;
        schedule.ClaimExpires = null;
    }
}
