using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Model;

public sealed record PersonInput(
    string Name, string Position, Guid? DepartmentId, string? Email, string? Mobile, string? DingTalkUserId, string? WeComUserId);

/// <summary>Registers and updates the people of a unit's directory (通讯录).</summary>
public sealed class PeopleDirectory(UnitsDbContext db, TimeProvider time)
{
    /// <summary>Queues the registration; the caller saves, so a bulk import commits all rows or none.</summary>
    public async Task<Person> StageRegistrationAsync(Guid unitId, PersonInput input, string? actor, CancellationToken ct)
    {
        await CheckDepartmentAsync(unitId, input.DepartmentId, ct);
        var person = new Person { Id = Guid.CreateVersion7(), UnitId = unitId, Name = "", Position = "", Version = 1 };
        Apply(person, input);
        db.People.Add(person);
        db.Publish(new PersonRegistered(EventMeta.New(1, actor, time.GetUtcNow()),
            person.Id, unitId, person.DepartmentId, person.Name, person.Position, person.Channels));
        return person;
    }

    public async Task StageUpdateAsync(Person person, PersonInput input, string? actor, CancellationToken ct)
    {
        await CheckDepartmentAsync(person.UnitId, input.DepartmentId, ct);
        Apply(person, input);
        person.Version++;
        db.Publish(new PersonUpdated(EventMeta.New(person.Version, actor, time.GetUtcNow()),
            person.Id, person.UnitId, person.DepartmentId, person.Name, person.Position, person.Channels));
    }

    public async Task<Person> RegisterAsync(Guid unitId, PersonInput input, string? actor, CancellationToken ct)
    {
        var person = await StageRegistrationAsync(unitId, input, actor, ct);
        await db.SaveChangesAsync(ct);
        return person;
    }

    public async Task<Person> UpdateAsync(Person person, PersonInput input, string? actor, CancellationToken ct)
    {
        await StageUpdateAsync(person, input, actor, ct);
        await db.SaveChangesAsync(ct);
        return person;
    }

    private async Task CheckDepartmentAsync(Guid unitId, Guid? departmentId, CancellationToken ct)
    {
        if (departmentId is { } id && !await db.Departments.AnyAsync(d => d.Id == id && d.UnitId == unitId, ct))
            throw new FieldException("departmentId", "No such department in this unit.");
    }

    private static void Apply(Person person, PersonInput input)
    {
        person.Name = input.Name.Trim();
        person.Position = input.Position.Trim();
        person.DepartmentId = input.DepartmentId;
        person.Email = UnitDirectory.Blank(input.Email);
        person.Mobile = UnitDirectory.Blank(input.Mobile);
        person.DingTalkUserId = UnitDirectory.Blank(input.DingTalkUserId);
        person.WeComUserId = UnitDirectory.Blank(input.WeComUserId);
    }
}
