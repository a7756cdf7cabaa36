using System.Net.Http.Json;

namespace Rectify.Services.Tests.Tasks;

/// <summary>
/// One unit (县科技局, in 福州) with a coordinator, a responsible person and a leader, an inspection
/// with an issue to plan tasks for; and a second unit (县审计局) with its own coordinator.
/// </summary>
public sealed class TaskWorld
{
    /// <summary>
    /// Next year: the tests' deadlines fall in it or the year after, never on a date that passes, since a passed
    /// deadline locks its task (到期锁定) against the unit's changes.
    /// </summary>
    public static readonly int Year = DateTime.UtcNow.Year + 1;

    public required TasksHost Host { get; init; }
    public Guid Unit { get; private init; }
    public Guid OtherUnit { get; private init; }
    public Guid Inspection { get; private init; }
    public Guid Issue { get; private init; }
    public Guid OtherIssue { get; private init; }
    public Guid Person { get; private init; }
    public Guid Colleague { get; private init; }
    public Guid Leader { get; private init; }
    public Guid OtherPerson { get; private init; }

    public HttpClient Coordinator => Host.As($"unit_coordinator|u:{Unit}");
    public HttpClient OtherCoordinator => Host.As($"unit_coordinator|u:{OtherUnit}");
    public HttpClient Office => Host.As(TasksHost.FuzhouOffice);
    public HttpClient Admin => Host.As("admin|*");
    public HttpClient Responsible => Host.As(Person, $"responsible_person|u:{Unit}");
    public HttpClient ColleagueClient => Host.As(Colleague, $"responsible_person|u:{Unit}");
    public HttpClient LeaderClient => Host.As(Leader, $"responsible_leader|u:{Unit}");
    public HttpClient Viewer => Host.As($"viewer|u:{Unit}");

    public static async Task<TaskWorld> CreateAsync(TasksHost host)
    {
        var unit = await host.UnitAsync("县科技局党组", "/p/fz/kj/");
        var other = await host.UnitAsync("县审计局党组", "/p/fz/sj/");
        var (inspection, _, issue) = await host.InspectionAsync(unit);
        var (_, _, otherIssue) = await host.InspectionAsync(other);
        return new TaskWorld
        {
            Host = host, Unit = unit, OtherUnit = other, Inspection = inspection, Issue = issue, OtherIssue = otherIssue,
            Person = await host.PersonAsync(unit, "张三"), Colleague = await host.PersonAsync(unit, "李四"), Leader = await host.PersonAsync(unit, "王五"),
            OtherPerson = await host.PersonAsync(other, "赵六"),
        };
    }

    public object NewTask(string kind = "time_limited", string? deadline = null, Guid? finding = null) => new
    {
        findingId = finding ?? Issue, measures = "一是修订党组议事规则；二是每季度开展一次民主生活会", kind,
        responsibleLeaderId = Leader, responsibleDepartment = "办公室", responsiblePersonId = Person,
        deadline = deadline ?? (kind == "sustained" ? null : DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60).ToString("yyyy-MM-dd")),
    };

    public async Task<Guid> PlanAsync(string kind = "time_limited", string? deadline = null) =>
        await TasksHost.CreatedIdAsync(await Coordinator.PostAsJsonAsync("/api/tasks", NewTask(kind, deadline)));

    public static object Progress(string narrative = "已修订《党组议事规则》并印发") =>
        new { reportedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"), narrative };

    /// <summary>A task driven through the API into <paramref name="state"/>.</summary>
    public async Task<Guid> TaskInAsync(string state)
    {
        var id = await PlanAsync(state == "completed_sustained" ? "sustained" : "time_limited");
        var c = Coordinator;
        if (state == "planned")
            return id;
        Ok(await c.PostAsJsonAsync($"/api/tasks/{id}/progress", Progress()));
        // A close-out needs evidence on the task: every task driven past planning gets one file.
        Ok(await UploadAsync(c, id, Evidence.Png(), "整改佐证.png"));
        if (state == "in_progress")
            return id;
        Ok(await c.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已整改到位" }));
        if (state == "submitted")
            return id;
        Ok(await c.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true }));
        return id;
    }

    /// <summary>Posts a file as the evidence form does: multipart, field <c>file</c>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient c, Guid task, byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await c.PostAsync($"/api/tasks/{task}/evidence", form);
    }

    public async Task<TaskView> TaskAsync(Guid id) => (await Admin.GetFromJsonAsync<Detail>($"/api/tasks/{id}"))!.Task;

    private static void Ok(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
    }
}

public sealed record TaskView(
    Guid Id, string State, string Kind, Guid? ResponsiblePersonId, Guid? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment,
    DateOnly? OriginalDeadline, DateOnly? Deadline, int DeadlineVersion, bool Overdue, int? WorkingDaysLeft, string Light, int? PendingReviewLevel,
    string? ReturnReason, DateOnly? ClosedOn, long Version, string Measures, bool Locked = false, bool CompletedLate = false, string? UnlockReason = null);

public sealed record Detail(
    TaskView Task, List<ProgressView> Progress, List<RevisionView> DeadlineRevisions, List<AuditView> Audit, TotalsView OutcomeTotals,
    List<ExtensionView> ExtensionRequests);

public sealed record ProgressView(DateOnly ReportedOn, string Narrative);

public sealed record RevisionView(int Version, DateOnly? From, DateOnly To, string Reason, string? RequestedBy, string? ApprovedBy, Guid? ExtensionRequestId);

public sealed record AuditView(long Id, Guid TaskId, string Action, string? Field, string? From, string? To, string? Actor, string? Note);

public sealed record TotalsView(int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable);

public sealed record ExtensionView(Guid Id, string Status, DateOnly ProposedDeadline);
