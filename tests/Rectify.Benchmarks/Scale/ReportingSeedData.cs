using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Benchmarks.Scale;

/// <summary>Where <see cref="ReportingSeedData"/> puts its rows: a SQLite file or a PostgreSQL database.</summary>
public interface IReportingSeedWriter
{
    void AddUnit(UnitReplica unit);
    void AddInspection(ReportedInspection inspection);
    /// <summary>The finding and its <see cref="ReportedFinding.Tags"/>.</summary>
    void AddFinding(ReportedFinding finding);
    void AddTask(ReportedTask task);
    void AddNote(ProgressNote note);
    void AddSums(TaskSums sums);
}

/// <summary>
/// The reporting read model at scale, the same rows for every database: per unit one inspection, 50 findings
/// (an aspect and nine problems in every ten, each problem tagged), 3⅓ tasks a problem and a progress note on
/// each problem's first task — 2,000 units give 300,000 tasks. Deterministic: a seeded random, identifiers
/// included. The kept sums are added up with <see cref="TaskSums.Of"/>, the code the service keeps them with.
/// </summary>
public static class ReportingSeedData
{
    /// <summary>Raised whenever the rows change, so databases cached by an earlier version are seeded again.</summary>
    public const int Version = 6;
    public const int FindingsPerUnit = 50;

    private static readonly string[] States = ["planned", "in_progress", "submitted", "closed", "closed", "completed_sustained"];
    private static readonly string[] Tags = ["党的建设", "作风建设", "财务管理", "选人用人", "意识形态"];

    public static int TasksFor(int units) => units * (FindingsPerUnit / 10 * 9) * 10 / 3;

    public static void Generate(int units, IReportingSeedWriter writer)
    {
        var random = new Random(7);
        var today = DateOnly.FromDateTime(DateTime.Today);
        for (var u = 0; u < units; u++)
        {
            var unitId = Id(random);
            var path = $"/p/c{u % 20}/u{u}/";
            writer.AddUnit(new UnitReplica
            {
                UnitId = unitId, Name = $"第{u}局党组", ShortName = $"第{u}局党组", Kind = "党组", JurisdictionId = Id(random), JurisdictionPath = path,
                Version = 1, UpdatedAt = DateTimeOffset.UnixEpoch,
            });
            var inspectionId = Id(random);
            writer.AddInspection(new ReportedInspection
            {
                InspectionId = inspectionId, UnitId = unitId, Issuer = "县委", Team = $"县委第{u % 5 + 1}巡察组", Round = "第一轮", Type = "常规",
                ClueCount = random.Next(0, 3), OnSiteStart = new DateOnly(2026, 1, 5), OnSiteEnd = new DateOnly(2026, 2, 27), FeedbackOn = new DateOnly(2026, 3, 20),
                RegistrationVersion = 1, FeedbackVersion = 1, ClueVersion = 1,
            });
            var sums = new Dictionary<string, TaskSums>();
            Guid? aspect = null;
            for (var f = 0; f < FindingsPerUnit; f++)
            {
                var isAspect = f % 10 == 0;
                var finding = new ReportedFinding
                {
                    FindingId = Id(random), InspectionId = inspectionId, UnitId = unitId, ParentId = isAspect ? null : aspect, Level = isAspect ? 1 : 2,
                    Ordinal = (f % 10 + 1).ToString(), Title = $"问题{f}：制度执行不到位", Position = f + 1, Version = 1, TagsVersion = 1,
                };
                if (isAspect)
                {
                    aspect = finding.FindingId;
                    writer.AddFinding(finding);
                    continue;
                }
                var tag = Tags[f % Tags.Length];
                finding.Tags.Add(new FindingTag { FindingId = finding.FindingId, Tag = tag });
                writer.AddFinding(finding);
                // Every third problem gets one task more: 45 problems × 3⅓ = 150 tasks a unit.
                var taskCount = 3 + (f % 3 == 0 ? 1 : 0);
                for (var t = 0; t < taskCount; t++)
                {
                    var task = NewTask(random, today, finding, path);
                    writer.AddTask(task);
                    if (t == 0)
                        writer.AddNote(new ProgressNote { EntryId = Id(random), TaskId = task.TaskId, ReportedOn = today.AddDays(-3), Narrative = "一是召开专题会议研究整改；二是修订完善相关制度", Position = 2 });
                    var one = TaskSums.Of(task, null);
                    Row(sums, TaskSums.All, task).Add(one, 1);
                    Row(sums, tag, task).Add(one, 1);
                }
            }
            foreach (var row in sums.Values)
                writer.AddSums(row);
        }
    }

    private static ReportedTask NewTask(Random random, DateOnly today, ReportedFinding finding, string path)
    {
        var state = States[random.Next(States.Length)];
        var original = today.AddDays(random.Next(-60, 90));
        var deadline = random.Next(5) == 0 ? original.AddDays(30) : original;
        var closed = state is "closed" or "completed_sustained";
        var lastActivity = today.AddDays(-random.Next(0, 60));
        return new ReportedTask
        {
            TaskId = Id(random), FindingId = finding.FindingId, InspectionId = finding.InspectionId, UnitId = finding.UnitId, JurisdictionPath = path,
            Kind = "time_limited", State = state, IsClosed = closed, Measures = "修订制度", OriginalDeadline = original, Deadline = deadline,
            SlipDays = deadline.DayNumber - original.DayNumber, LastActivityOn = lastActivity, RulesMade = random.Next(0, 2), TalkPeople = random.Next(0, 3),
            MoneyReturnedFen = random.Next(0, 100000), ClosedOn = closed ? lastActivity : null, Version = 1, OutcomesVersion = 1,
        };
    }

    /// <summary>A version-4 identifier from the seeded random, so two runs make the same rows.</summary>
    private static Guid Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static TaskSums Row(Dictionary<string, TaskSums> sums, string category, ReportedTask task) =>
        sums.TryGetValue(category, out var row) ? row
            : sums[category] = new TaskSums { UnitId = task.UnitId, InspectionId = task.InspectionId, Category = category, JurisdictionPath = task.JurisdictionPath };
}
