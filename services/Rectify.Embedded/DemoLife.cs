using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Time;
using Rectify.Units.Identity;
using Rectify.Units.Infrastructure;
using static Rectify.Embedded.DemoAccounts;

namespace Rectify.Embedded;

/// <summary>
/// Brings the imported demo to life on first start: people in every demo unit, one account per role,
/// responsible persons and deadlines around the day of first start (overdue, yellow, submitted, closed),
/// one published notice and a snapshot. Everything goes through the HTTP API of this host as the
/// person who would do it, so outboxes, events and the notifications sweep (real clock) behave as in
/// daily use: the reminders of the day and the escalations of long-overdue items reach the inboxes by
/// themselves. Runs once, after the notices are imported, while no demo account exists.
/// </summary>
internal sealed class DemoLife(
    IServiceScopeFactory scopes, IConfiguration configuration, TokenIssuer issuer, FirstPasswordOutput output,
    IWorkingCalendar calendar, TimeProvider time, ILogger<DemoLife> logger)
{
    private const string Reason = "演示数据：按首次启动日设定的整改时限";

    /// <summary>What becomes of a task: its deadline (working days from today), whose it is, how far it got.</summary>
    private enum Fate { Open, Submitted, Closed }

    private sealed record Plan(int WorkingDays, bool SecondPerson, Fate Fate);

    // The unit people sign in to: every light, a due-today reminder, escalations to leader and office, a review queue.
    private static readonly Plan[] MainPlans =
    [
        new(-15, false, Fate.Open), new(-4, true, Fate.Open), new(-2, false, Fate.Open), new(0, false, Fate.Open),
        new(1, false, Fate.Open), new(5, true, Fate.Open), new(40, false, Fate.Open), new(60, true, Fate.Open),
        new(20, false, Fate.Submitted), new(25, true, Fate.Submitted), new(15, true, Fate.Closed), new(10, false, Fate.Closed),
    ];

    private static readonly Plan[] OtherPlans =
    [
        new(-12, false, Fate.Open), new(-1, true, Fate.Open), new(3, false, Fate.Open), new(30, true, Fate.Open),
        new(10, false, Fate.Submitted), new(20, true, Fate.Closed),
    ];

    /// <param name="imported">The inspection imported for each demo unit. Only these are brought to life: anything else
    /// registered for a demo unit meanwhile (a user, a test) is left alone, whatever the inspection list's order.</param>
    public async Task RunAsync(Uri baseAddress, IReadOnlyDictionary<Guid, Guid> imported, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UnitsDbContext>();
        if (await db.Accounts.AnyAsync(a => a.UserName == Office, ct))
            return;
        if (imported.Count == 0)
        {
            logger.LogWarning("Demo: no demo notice was imported in this start, so no demo people, accounts or deadlines are set");
            return;
        }
        var adminAccount = await db.Accounts.Include(a => a.Grants).AsNoTracking().SingleAsync(a => a.UserName == AdminAccountSeeder.UserName, ct);
        using var anonymous = new DemoApi(baseAddress, time);
        // The administrator's own token, issued here because a generated password is not kept anywhere.
        using var admin = anonymous.As(issuer.Issue(adminAccount).AccessToken);

        var units = await admin.GetAsync<List<UnitRow>>("/api/units", ct);
        var jurisdictions = await admin.GetAsync<List<JurisdictionRow>>("/api/units/jurisdictions", ct);
        var names = DemoData.UnitNames.ToList();
        var today = time.Today();

        var main = units.Single(u => u.Name == MainUnit);
        var staff = new Dictionary<Guid, Staff>();
        for (var i = 0; i < names.Count; i++)
        {
            var unit = units.Single(u => u.Name == names[i]);
            staff[unit.Id] = await RegisterPeopleAsync(admin, unit, People[i], ct);
        }

        var passwords = await CreateAccountsAsync(admin, main, staff[main.Id], ct);
        using var coordinator = await anonymous.SignInAsync(Coordinator, passwords[Coordinator], ct);
        using var personOne = await anonymous.SignInAsync(PersonOne, passwords[PersonOne], ct);
        using var personTwo = await anonymous.SignInAsync(PersonTwo, passwords[PersonTwo], ct);

        foreach (var unit in units.Where(u => staff.ContainsKey(u.Id) && imported.ContainsKey(u.Id)))
        {
            var inspectionId = imported[unit.Id];
            var isMain = unit.Id == main.Id;
            var actors = isMain ? (One: personOne, Two: personTwo, Reviewer: coordinator) : (One: admin, Two: admin, Reviewer: admin);
            await BringToLifeAsync(admin, actors, inspectionId, staff[unit.Id], isMain ? MainPlans : OtherPlans, today, isMain, ct);
        }

        await PublishNoticeAsync(coordinator, imported[main.Id], ct);
        using var office = await anonymous.SignInAsync(Office, passwords[Office], ct);
        var nanjing = jurisdictions.Single(j => j.Id == main.JurisdictionId);
        await office.PostAsync<object>("/api/reports/snapshots", new { label = $"演示快照（{today:yyyy-MM-dd}）", jurisdictionPath = nanjing.Path }, ct);
        logger.LogInformation("Demo: people, accounts, deadlines, a published notice and a snapshot are in place");
    }

    private sealed record Staff(Guid Secretary, Guid Leader, Guid Coordinator, Guid PersonOne, Guid PersonTwo, Guid Liaison, string Department);

    private static async Task<Staff> RegisterPeopleAsync(DemoApi admin, UnitRow unit, Cast cast, CancellationToken ct)
    {
        var department = await admin.PostAsync<IdRow>($"/api/units/{unit.Id}/departments", new { name = "办公室" }, ct);
        async Task<Guid> PersonAsync(string name, string position, int n) =>
            (await admin.PostAsync<IdRow>($"/api/units/{unit.Id}/people", new
            {
                name, position, departmentId = department.Id,
                // Addresses of the reserved example domain: the demo must not mail anybody real.
                email = $"demo-{unit.Id.ToString()[..8]}-{n}@example.com",
            }, ct)).Id;
        return new Staff(
            await PersonAsync(cast.Secretary, $"{unit.Kind}书记", 1),
            await PersonAsync(cast.Leader, $"{unit.Kind}成员、分管领导", 2),
            await PersonAsync(cast.Coordinator, "整改办联络员", 3),
            await PersonAsync(cast.PersonOne, "办公室主任", 4),
            await PersonAsync(cast.PersonTwo, "办公室科员", 5),
            await PersonAsync(cast.Liaison, "纪检联络员", 6),
            "办公室");
    }

    private async Task<Dictionary<string, string>> CreateAccountsAsync(DemoApi admin, UnitRow main, Staff people, CancellationToken ct)
    {
        // The office's staff need a directory entry (escalations go to people): the office's party branch is registered as a unit of its city.
        var officeUnit = await admin.PostAsync<IdRow>("/api/units", new { name = OfficeUnit, shortName = "市委巡察办", kind = "党支部", jurisdictionId = main.JurisdictionId }, ct);
        var officePerson = await admin.PostAsync<IdRow>($"/api/units/{officeUnit.Id}/people",
            new { name = "马晓东", position = "市委巡察办干部", email = "demo-office@example.com" }, ct);
        var configured = configuration["Demo:Password"];
        if (!string.IsNullOrEmpty(configured) && !PasswordPolicy.Allows(configured))
            throw new InvalidOperationException($"Demo:Password does not meet the password policy: {PasswordPolicy.Rule}");
        (string User, string Name, Guid Person, object Grant)[] accounts =
        [
            (Office, "马晓东（市委巡察办）", officePerson.Id, new { role = RectifyRoles.InspectionOffice, jurisdictionId = main.JurisdictionId }),
            (Coordinator, $"{People[0].Coordinator}（整改办联络员）", people.Coordinator, new { role = RectifyRoles.UnitCoordinator, unitId = main.Id }),
            (PersonOne, $"{People[0].PersonOne}（责任人）", people.PersonOne, new { role = RectifyRoles.ResponsiblePerson, unitId = main.Id }),
            (PersonTwo, $"{People[0].PersonTwo}（责任人）", people.PersonTwo, new { role = RectifyRoles.ResponsiblePerson, unitId = main.Id }),
            (Liaison, $"{People[0].Liaison}（纪检联络员）", people.Liaison, new { role = RectifyRoles.DisciplineLiaison, unitId = main.Id }),
        ];
        var passwords = new Dictionary<string, string>();
        foreach (var (user, name, person, grant) in accounts)
        {
            var password = string.IsNullOrEmpty(configured) ? AdminAccountSeeder.GeneratePassword() : configured;
            await admin.PostAsync<object>("/api/units/accounts", new { userName = user, displayName = name, password, personId = person, grants = new[] { grant } }, ct);
            passwords[user] = password;
            if (string.IsNullOrEmpty(configured))
                output.Writer.WriteLine($"Rectify: created demo account '{user}' ({name}) with password: {password}  (shown once)");
        }
        return passwords;
    }

    private async Task BringToLifeAsync(DemoApi admin, (DemoApi One, DemoApi Two, DemoApi Reviewer) actors, Guid inspectionId, Staff people,
        Plan[] plans, DateOnly today, bool withEvidence, CancellationToken ct)
    {
        var tasks = await SettledTasksAsync(admin, inspectionId, ct);
        var chosen = tasks.Where(t => t.State == "planned" && t.Kind != "sustained").Take(plans.Length).ToList();
        var cast = chosen.Zip(plans).ToList();
        foreach (var group in cast.GroupBy(c => c.Second.SecondPerson))
        {
            var person = group.Key ? people.PersonTwo : people.PersonOne;
            // The tasks service learns the people from the units service's events: retried until it has.
            await admin.EventuallyAsync(() => admin.PostAsync<object>("/api/tasks/bulk/assignment", new
            {
                taskIds = group.Select(g => g.First.Id).ToList(), responsibleLeaderId = people.Leader,
                responsibleDepartment = people.Department, responsiblePersonId = person,
            }, ct), ct);
        }
        foreach (var (task, plan) in cast)
        {
            var deadline = plan.WorkingDays == 0 ? calendar.OnOrBefore(today) : calendar.AddWorkingDays(today, plan.WorkingDays);
            if (deadline != task.Deadline)
                await admin.PutAsync<object>($"/api/tasks/{task.Id}/deadline", new { deadline, reason = Reason }, ct);
        }
        var pdfDone = false;
        foreach (var (task, plan) in cast.Where(c => c.Second.Fate != Fate.Open))
        {
            var actor = plan.SecondPerson ? actors.Two : actors.One;
            await actor.PostAsync<object>($"/api/tasks/{task.Id}/progress", new { reportedOn = today, narrative = "已按整改措施完成整改，相关制度已印发执行。" }, ct);
            if (withEvidence && !pdfDone)
            {
                await actor.UploadAsync($"/api/tasks/{task.Id}/evidence", "整改报告.pdf", DemoEvidence.Pdf, ct);
                pdfDone = true;
            }
            await actor.PostAsync<object>($"/api/tasks/{task.Id}/close-out", new { note = "申请销号。" }, ct);
            if (plan.Fate == Fate.Closed)
                await actors.Reviewer.PostAsync<object>($"/api/tasks/{task.Id}/close-out/review", new { approve = true }, ct);
        }
        logger.LogInformation("Demo: {Count} tasks of inspection {Inspection} given people and deadlines", cast.Count, inspectionId);
    }

    /// <summary>The tasks the import created, once their number has stopped changing (they arrive through the bus).</summary>
    private async Task<List<TaskRow>> SettledTasksAsync(DemoApi admin, Guid inspectionId, CancellationToken ct)
    {
        var giveUp = time.GetUtcNow().AddMinutes(2);
        List<TaskRow> last = [];
        var steady = 0;
        while (steady < 3 && time.GetUtcNow() < giveUp)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(400), time, ct);
            var now = await admin.GetAsync<List<TaskRow>>($"/api/tasks?inspectionId={inspectionId}", ct);
            steady = now.Count > 0 && now.Count == last.Count ? steady + 1 : 0;
            last = now;
        }
        return last;
    }

    private static async Task PublishNoticeAsync(DemoApi coordinator, Guid inspectionId, CancellationToken ct)
    {
        // Reporting learns the inspection from events: the draft is retried until it knows it.
        var (draft, etag) = await coordinator.EventuallyAsync(
            () => coordinator.PostWithETagAsync<IdRow>($"/api/reports/inspections/{inspectionId}/notices", null, ct), ct);
        await coordinator.PostAsync<object>($"/api/reports/notices/{draft.Id}/publish", null, ct, etag);
    }

    private sealed record IdRow(Guid Id);

    private sealed record UnitRow(Guid Id, string Name, string Kind, Guid JurisdictionId);

    private sealed record JurisdictionRow(Guid Id, string Path);

    private sealed record TaskRow(Guid Id, string State, string Kind, DateOnly? Deadline);
}
