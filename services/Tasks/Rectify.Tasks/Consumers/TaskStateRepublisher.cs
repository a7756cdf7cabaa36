using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.ServiceDefaults.Messaging.Republish;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Consumers;

/// <summary>
/// Republishes every task for a reporting rebuild (重建报表), as docs/reporting.md asks: per task a
/// <see cref="TaskPlanned"/> with the current snapshot, a <see cref="TaskProgressReported"/> per progress entry
/// (its own entry id, so reporting keeps one note each; versioned by its place, see below) and an
/// <see cref="OutcomeRecorded"/> with the totals — at the task's current version, which every other consumer
/// (notifications' reminders) already holds and so ignores. TaskPlanned carries the planning time and each entry its own time, so "last activity"
/// comes out as before.
/// </summary>
public sealed class TaskStateRepublisher(TasksDbContext db, TimeProvider time) : StateRepublisher<TasksDbContext>(db, time)
{
    protected override string Service => TasksModule.Name;

    protected override async Task<(int Rows, int Events)> PageAsync(int skip, int take, string? actor, CancellationToken ct)
    {
        var tasks = await Db.Tasks.AsNoTracking().OrderBy(t => t.Id).Skip(skip).Take(take).ToListAsync(ct);
        var ids = tasks.Select(t => t.Id).ToList();
        var unitIds = tasks.Select(t => t.UnitId).Distinct().ToList();
        var findingIds = tasks.Select(t => t.FindingId).Distinct().ToList();
        var paths = await Db.Units.AsNoTracking().Where(u => unitIds.Contains(u.UnitId)).ToDictionaryAsync(u => u.UnitId, u => u.JurisdictionPath, ct);
        var tags = await Db.Findings.AsNoTracking().Where(f => findingIds.Contains(f.FindingId)).ToDictionaryAsync(f => f.FindingId, f => f.Tags, ct);
        var entries = (await Db.ProgressEntries.AsNoTracking().Where(e => ids.Contains(e.TaskId)).ToListAsync(ct)).ToLookup(e => e.TaskId);
        var outcomes = (await Db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.TaskId)).ToListAsync(ct)).ToLookup(o => o.TaskId);

        var events = 0;
        foreach (var task in tasks)
        {
            var snapshot = Snapshots.Of(task, paths.GetValueOrDefault(task.UnitId) ?? "", tags.GetValueOrDefault(task.FindingId) ?? []);
            Db.Publish(new TaskPlanned(Meta(task.Version, actor, task.CreatedAt), snapshot, task.ImportId));
            events++;
            foreach (var entry in entries[task.Id].OrderBy(e => e.Position))
            {
                // Reporting orders a task's notes by their event's version: the entry's place (1, 2, …) keeps the
                // narrative's order. It never exceeds the task's version (each entry took one), and reporting is
                // the only consumer of this event; the snapshot it carries is the current one either way.
                Db.Publish(new TaskProgressReported(Meta(Math.Min(entry.Position, task.Version), actor, entry.At), snapshot, entry.Id, entry.ReportedOn, entry.Narrative));
                events++;
            }
            if (outcomes[task.Id].Any())
            {
                Db.Publish(new OutcomeRecorded(Meta(task.Version, actor), snapshot, [], Outcomes.Total(outcomes[task.Id])));
                events++;
            }
        }
        return (tasks.Count, events);
    }
}
