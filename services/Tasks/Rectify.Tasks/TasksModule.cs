using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Tasks;

/// <summary>The 整改任务 (tasks): rectification tasks, progress, evidence and close-out.</summary>
public static class TasksModule
{
    public const string Name = "tasks";

    public static readonly ServiceModule Module = new(
        Name,
        builder => builder.AddServiceDatabase<TasksDbContext, TasksSqliteDbContext, TasksSqlServerDbContext>(Name),
        consumers => consumers.AddUnitReplicaConsumers<TasksDbContext>(),
        app => app.MapUnitReplicas<TasksDbContext>(Name, "/api/tasks"));
}
