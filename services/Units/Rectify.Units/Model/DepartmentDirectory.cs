using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Model;

/// <summary>Adds and renames a unit's departments.</summary>
public sealed class DepartmentDirectory(UnitsDbContext db, TimeProvider time)
{
    public async Task<Department> AddAsync(Guid unitId, string name, string? actor, CancellationToken ct)
    {
        var department = new Department { Id = Guid.CreateVersion7(), UnitId = unitId, Name = name.Trim(), Version = 1 };
        db.Departments.Add(department);
        db.Publish(new DepartmentAdded(EventMeta.New(1, actor, time.GetUtcNow()), department.Id, unitId, department.Name));
        await db.SaveChangesAsync(ct);
        return department;
    }

    public async Task<Department> RenameAsync(Guid unitId, Guid id, string name, string? actor, CancellationToken ct)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id && d.UnitId == unitId, ct)
            ?? throw new NotFoundException("Department");
        department.Name = name.Trim();
        department.Version++;
        db.Publish(new DepartmentRenamed(EventMeta.New(department.Version, actor, time.GetUtcNow()), id, unitId, department.Name));
        await db.SaveChangesAsync(ct);
        return department;
    }
}
