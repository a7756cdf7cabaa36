using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Tasks.Apis;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Evidence;

public sealed record EvidenceUploaded(EvidenceView Evidence, List<EvidenceWarning> Warnings, TaskSummary Task);

/// <summary>
/// Evidence files (整改佐证材料) on a task: upload (multipart field <c>file</c>), list, download, remove.
/// Uploading and removing are the reporters' (the task's person or leader, or the coordinator);
/// anyone who may read the task may download its files.
/// </summary>
public static class EvidenceApi
{
    // Room for the multipart boundaries and the small form fields around the file.
    private const long FormOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var max = app.ServiceProvider.GetRequiredService<IOptions<TasksOptions>>().Value.EvidenceMaxBytes;
        var api = app.MapServiceApi(TasksModule.Name, "/api/tasks").WithTags("Tasks");
        api.MapPost("/{id:guid}/evidence", UploadAsync)
            .WithFormOptions(multipartBodyLengthLimit: max + FormOverhead)
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/{id:guid}/evidence", ListAsync);
        api.MapGet("/{id:guid}/evidence/{evidenceId:guid}/content", DownloadAsync);
        api.MapDelete("/{id:guid}/evidence/{evidenceId:guid}", RemoveAsync);
        return app;
    }

    private static async Task<Created<EvidenceUploaded>> UploadAsync(
        Guid id, HttpContext context, TaskAccess access, TaskBook book, EvidenceStore store, EvidenceViews evidenceViews, TaskViews views,
        IOptions<TasksOptions> options, CancellationToken ct)
    {
        var (task, unit) = await access.ForChangeAsync(id, context, ct);
        access.RequireReporter(task, unit);
        // Before the body is read: a frozen or closed task should not cost a 20 MB upload to refuse.
        TaskStateMachine.Require(task, TaskAction.ReportProgress);
        var max = options.Value.EvidenceMaxBytes;
        var tooLarge = $"佐证材料不能超过 {Megabytes(max)}。";
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max + FormOverhead;
        if (!context.Request.HasFormContentType)
            throw new FieldException("file", "请以 multipart/form-data 上传，文件放在表单字段 file 中。");
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            throw new FieldException("file", tooLarge);
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
            throw new FieldException("file", "请在表单字段 file 中上传佐证材料。");
        if (file.Length > max)
            throw new FieldException("file", tooLarge);
        var entry = form["progressEntryId"].ToString();
        Guid? entryId = entry.Length == 0 ? null : Guid.TryParse(entry, out var parsed) ? parsed : throw new FieldException("progressEntryId", "Not an id.");
        var note = form["note"].ToString().Trim();
        if (note.Length > 1000)
            throw new FieldException("note", "A note is at most 1000 characters.");
        var name = FileNames.Clean(file.FileName);

        await using var staged = await StageAsync(store, file, max, tooLarge, ct);
        var (type, problem) = EvidenceTypes.Check(staged.Content, name);
        if (type is null)
            throw new FieldException("file", problem!);
        // The checks above read the task before the upload, to refuse early; the write takes its turn on the task as it is then.
        (task, var evidence) = await access.ChangeAsync(id, context, (t, u, c) =>
        {
            access.RequireReporter(t, u);
            return book.AttachEvidenceAsync(t, new EvidenceInput(name, type, staged.Size, staged.Sha256, entryId, note),
                () => store.KeepAsync(staged, c), access.Actor, c);
        }, ct);

        var view = (await evidenceViews.ViewsAsync([evidence], ct))[0];
        context.Response.Headers.ETag = $"\"{task.Version}\"";
        return TypedResults.Created(view.DownloadUrl, new EvidenceUploaded(view, EvidenceWarnings.Of(view), views.Summary(task)));
    }

    private static async Task<StagedEvidence> StageAsync(EvidenceStore store, IFormFile file, long max, string tooLarge, CancellationToken ct)
    {
        try
        {
            await using var upload = file.OpenReadStream();
            return await store.StageAsync(upload, max, ct);
        }
        catch (EvidenceTooLargeException)
        {
            throw new FieldException("file", tooLarge);
        }
    }

    private static async Task<Ok<List<EvidenceView>>> ListAsync(Guid id, bool? includeRemoved, TaskAccess access, EvidenceViews views, CancellationToken ct)
    {
        await access.VisibleAsync(id, ct);
        return TypedResults.Ok(await views.OfTaskAsync(id, includeRemoved ?? false, ct));
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(
        Guid id, Guid evidenceId, TaskAccess access, TasksDbContext db, EvidenceStore store, HttpContext context, CancellationToken ct)
    {
        await access.VisibleAsync(id, ct);
        var evidence = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.TaskId == id && e.RemovedAt == null, ct)
            ?? throw new NotFoundException("Evidence");
        var content = store.Open(evidence.Sha256) ?? throw new NotFoundException("Evidence file");
        // The type was checked on the way in; the browser must not guess another one.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        // The download name goes out as filename (ASCII fallback) and filename* (RFC 5987, UTF-8) for Chinese names.
        return TypedResults.File(content, evidence.ContentType, evidence.FileName, entityTag: new EntityTagHeaderValue($"\"{evidence.Sha256}\""),
            enableRangeProcessing: true);
    }

    private static async Task<Ok<TaskSummary>> RemoveAsync(
        Guid id, Guid evidenceId, string? reason, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireReporter(t, u);
            if (reason?.Length > 1000)
                throw new FieldException("reason", "A reason is at most 1000 characters.");
            await book.RemoveEvidenceAsync(t, evidenceId, reason, access.Actor, c);
        }, ct);
        context.Response.Headers.ETag = $"\"{task.Version}\"";
        return TypedResults.Ok(views.Summary(task));
    }

    private static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} 字节";
}

internal static class FileNames
{
    /// <summary>The name without any folder a browser sent along, control characters or surrounding spaces; at most 200 characters, extension kept.</summary>
    public static string Clean(string? uploaded)
    {
        var name = new string(Path.GetFileName((uploaded ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length <= 200)
            return name;
        var extension = Path.GetExtension(name);
        return extension.Length >= 20 ? name[..200] : name[..(200 - extension.Length)] + extension;
    }
}
