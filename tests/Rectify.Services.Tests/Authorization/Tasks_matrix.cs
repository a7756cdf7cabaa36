namespace Rectify.Services.Tests.Authorization;

/// <summary>Every tasks endpoint against callers outside the victim unit (see <see cref="MatrixTests{TWorld}"/>).</summary>
public sealed class Tasks_matrix(TasksWorld world) : MatrixTests<TasksWorld>(world), IClassFixture<TasksWorld>
{
    protected override IReadOnlyDictionary<string, string> Declared { get; } = new Dictionary<string, string>
    {
        ["DELETE /api/tasks/{id:guid}/evidence/{evidenceId:guid}"] = "401 404 404 404 404",
        ["DELETE /api/tasks/{id:guid}/outcomes/{outcomeId:guid}"] = "401 404 404 404 404",
        // Lists are filtered by scope: an outsider gets an empty list, never a refusal.
        ["GET /api/tasks/"] = "401 200 200 200 200",
        ["GET /api/tasks/inspections/{inspectionId:guid}/audit"] = "401 404 404 404 404",
        ["GET /api/tasks/inspections/{inspectionId:guid}/ledger"] = "401 404 404 404 404",
        ["GET /api/tasks/inspections/{inspectionId:guid}/plan"] = "401 404 404 404 404",
        ["GET /api/tasks/mine"] = "401 200 200 200 200",
        ["GET /api/tasks/review-queue"] = "401 200 200 200 200",
        ["GET /api/tasks/units"] = "401 200 200 200 200",
        ["GET /api/tasks/{id:guid}"] = "401 404 404 404 404",
        ["GET /api/tasks/{id:guid}/audit"] = "401 404 404 404 404",
        ["GET /api/tasks/{id:guid}/evidence"] = "401 404 404 404 404",
        ["GET /api/tasks/{id:guid}/evidence/{evidenceId:guid}/content"] = "401 404 404 404 404",
        // Naming a hidden finding reads as naming none (400 on findingId), as a nonexistent one does.
        ["POST /api/tasks/"] = "401 400 400 400 400",
        // Every listed task is refused item by item (404 each); nothing changes.
        ["POST /api/tasks/bulk/assignment"] = "401 400 400 400 400",
        ["POST /api/tasks/bulk/deadline"] = "401 400 400 400 400",
        ["POST /api/tasks/inspections/{inspectionId:guid}/ledger"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/close-out"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/close-out/review"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/evidence"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/extensions"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/extensions/{requestId:guid}/decision"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/outcomes"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/progress"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/reopen"] = "401 404 404 404 404",
        ["POST /api/tasks/{id:guid}/unlock"] = "401 404 404 404 404",
        ["PUT /api/tasks/{id:guid}/assignment"] = "401 404 404 404 404",
        ["PUT /api/tasks/{id:guid}/deadline"] = "401 404 404 404 404",
        ["PUT /api/tasks/{id:guid}/measures"] = "401 404 404 404 404",
    };

    protected override IReadOnlyDictionary<string, string> Unpaged { get; } = new Dictionary<string, string>
    {
        ["GET /api/tasks/{id:guid}/evidence"] = "one task's files, each upload capped in size, shown whole on the task page",
    };
}
