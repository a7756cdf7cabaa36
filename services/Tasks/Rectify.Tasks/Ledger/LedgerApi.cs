using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Text;
using Rectify.ServiceDefaults.Uploads;
using Rectify.Tasks.Apis;
using Rectify.Tasks.Evidence;

namespace Rectify.Tasks.Ledger;

/// <summary>
/// An inspection's ledger (整改台账) as one .xlsx: export for anyone who may read the plan; import for
/// the unit coordinator or the inspection office (deadline changes in it also need the right to change
/// deadlines). An import with any bad row is a 400 listing every error, and writes nothing.
/// </summary>
public static class LedgerApi
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(TasksModule.Name, "/api/tasks/inspections").WithTags("Tasks");
        api.MapGet("/{inspectionId:guid}/ledger", ExportAsync);
        api.MapPost("/{inspectionId:guid}/ledger", ImportAsync)
            .WithFormOptions(multipartBodyLengthLimit: MaxFileBytes)
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<FileContentHttpResult> ExportAsync(Guid inspectionId, TaskAccess access, LedgerExport export, CancellationToken ct)
    {
        var (inspection, unit) = await access.InspectionAsync(inspectionId, ct);
        var round = StatedText.Of(inspection.Round);
        var name = $"{unit.Name}{(round.Length > 0 ? "_" + round : "")}_整改台账.xlsx";
        return TypedResults.File(await export.WriteAsync(inspection, ct), LedgerLayout.ContentType, FileNames.Clean(name));
    }

    private static async Task<Results<Ok<LedgerResult>, ProblemHttpResult>> ImportAsync(
        Guid inspectionId, HttpRequest request, TaskAccess access, LedgerImport import, CancellationToken ct)
    {
        var (inspection, unit) = await access.InspectionAsync(inspectionId, ct);
        access.RequirePlanner(unit);
        string? deadlineRefusal = null;
        try
        {
            access.RequireDeadlineAuthority(unit);
        }
        catch (ForbiddenException e)
        {
            deadlineRefusal = e.Message;
        }
        if (!request.HasFormContentType)
            throw new FieldException("file", "请以 multipart/form-data 上传，台账放在表单字段 file 中。");
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            throw new FieldException("file", "台账文件不能超过 10 MB（或上传的表单已损坏）。");
        }
        if (file is null || file.Length == 0)
            throw new FieldException("file", "请在表单字段 file 中上传台账 .xlsx 文件。");
        if (file.Length > MaxFileBytes)
            throw new FieldException("file", "台账文件不能超过 10 MB。");

        // Opening a package needs a seekable stream; 10 MB in memory is acceptable.
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        LedgerOutcome outcome;
        try
        {
            OfficePackageLimits.Check(buffer, file.FileName);
            outcome = await import.RunAsync(inspection, unit, buffer, new LedgerCaller(access.Actor, deadlineRefusal, task => access.LockedFor(task, unit)), ct);
        }
        catch (Exception e) when (e is NotAWorkbookException or OfficePackageTooLargeException)
        {
            throw new FieldException("file", e is NotAWorkbookException ? $"{file.FileName}: {e.Message}" : e.Message);
        }
        if (outcome.Result is { } result)
            return TypedResults.Ok(result);
        return TypedResults.Problem(
            $"{outcome.Errors.Count} 处错误，台账未导入任何内容；请改正后重新上传。",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The ledger has errors; nothing was imported.",
            extensions: new Dictionary<string, object?> { ["rows"] = outcome.Errors.Select(e => new { e.Sheet, e.Row, e.Column, e.Reason, e.Message }).ToList() });
    }
}
