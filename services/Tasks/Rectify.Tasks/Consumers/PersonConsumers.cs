using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Messaging.Inbox;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Tasks.Consumers;

public sealed class PersonRegisteredConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, PersonRegistered>(db, time)
{
    protected override Task HandleAsync(PersonRegistered m, CancellationToken ct) =>
        Replicas.PersonAsync(Db, m.Meta.Version, m.PersonId, m.UnitId, m.DepartmentId, m.Name, m.Position, ct);
}

public sealed class PersonUpdatedConsumer(TasksDbContext db, TimeProvider time) : IdempotentConsumer<TasksDbContext, PersonUpdated>(db, time)
{
    protected override Task HandleAsync(PersonUpdated m, CancellationToken ct) =>
        Replicas.PersonAsync(Db, m.Meta.Version, m.PersonId, m.UnitId, m.DepartmentId, m.Name, m.Position, ct);
}
