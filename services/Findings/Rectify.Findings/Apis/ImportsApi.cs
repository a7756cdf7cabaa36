using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Import;
using Rectify.Findings.Imports;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Findings.Apis;

/// <summary>Pasted text: a million characters is several times the longest notice (a file may be 5 MB).</summary>
public sealed record PastedNotice([property: StringLength(200)] string? FileName, [property: Required, StringLength(1_000_000)] string? Text);

public sealed record ImportCommitRequest(
    Guid? UnitId,
    [property: AllowedValues(null, InspectionKinds.Xunshi, InspectionKinds.Xuncha)] string? Kind = null,
    [property: StringLength(50, MinimumLength = 2)] string? Issuer = null,
    [property: StringLength(100, MinimumLength = 2)] string? Team = null,
    [property: StringLength(100, MinimumLength = 2)] string? Round = null,
    [property: AllowedValues(null, "常规", "专项", "机动", "联动", "回头看", "提级")] string? Type = null,
    DateOnly? OnSiteStart = null, DateOnly? OnSiteEnd = null, DateOnly? FeedbackOn = null)
{
    public ImportOverrides ToOverrides() => new(UnitId, Kind, Issuer, Team, Round, Type, OnSiteStart, OnSiteEnd, FeedbackOn);
}

public sealed record ImportPreview(
    Guid Id, string Status, string Source, DateTimeOffset CreatedAt, JsonObject Notice, Guid? SuggestedUnitId,
    IReadOnlyList<string> Missing, Guid? InspectionId);

/// <summary>
/// Importing a notice: preview (read and stored, nothing else written), then commit. See docs/findings.md.
/// Both need the inspection office (over the target unit, for the commit) or an administrator.
/// </summary>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(FindingsModule.Name, "/api/findings/imports").WithTags("Imports");
        // Declared so the OpenAPI document (and the bad-input sweep) know the body: pasted text as JSON, or a file.
        api.MapPost("/", PreviewAsync).DisableAntiforgery().Accepts<PastedNotice>("application/json", "multipart/form-data");
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPost("/{id:guid}/commit", CommitAsync).Validate<ImportCommitRequest>();
        return app;
    }

    private static async Task<Created<ImportPreview>> PreviewAsync(
        HttpRequest request, NoticeImporter importer, FindingsDbContext db, UnitScope scope, CancellationToken ct)
    {
        RequireOffice(scope);
        var (content, source, field) = await ContentAsync(request, ct);
        var import = await importer.PreviewAsync(content, source, field, scope.Actor!, ct);
        var preview = await PreviewOfAsync(import, db, scope, ct);
        return TypedResults.Created($"/api/findings/imports/{import.Id}", preview);
    }

    private static async Task<Ok<ImportPreview>> GetAsync(Guid id, NoticeImporter importer, FindingsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var import = await importer.FindAsync(id, scope.Actor!, scope.IsAdministrator, ct);
        return TypedResults.Ok(await PreviewOfAsync(import, db, scope, ct));
    }

    private static async Task<Created<ImportResult>> CommitAsync(
        Guid id, ImportCommitRequest request, NoticeImporter importer, InspectionAccess access, FindingsDbContext db, UnitScope scope,
        CancellationToken ct)
    {
        var import = await importer.FindAsync(id, scope.Actor!, scope.IsAdministrator, ct);
        if (import.InspectionId is not null)
            throw new ConflictException("This import was committed already.");
        var notice = NoticeParser.Parse(import.Text);
        var merged = ImportedInspection.From(notice, request.ToOverrides(), await SuggestedUnitAsync(notice, db, scope, ct));
        var input = merged.ToInput();
        var unit = await access.UnitForRegistrationAsync(input.UnitId, ct);
        var result = await importer.CommitAsync(import, input, notice, merged.FeedbackOn!.Value, unit.JurisdictionPath, scope.Actor, ct);
        return TypedResults.Created($"/api/findings/inspections/{result.InspectionId}", result);
    }

    /// <summary>A file in multipart form data (field "file"), or pasted text as JSON.</summary>
    private static async Task<(ReadOnlyMemory<byte> Content, string Source, string Field)> ContentAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw new FieldException("file", "Attach the notice as the form field \"file\".");
            if (file.Length > NoticeReader.MaxBytes)
                throw new FieldException("file", $"{file.FileName}: {file.Length} bytes is over the {NoticeReader.MaxBytes / (1024 * 1024)} MB limit for a notice");
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            return (buffer.ToArray(), Path.GetFileName(file.FileName), "file");
        }
        PastedNotice? pasted;
        try
        {
            pasted = await request.ReadFromJsonAsync<PastedNotice>(ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, a wrong type or a missing/other content type: the client's mistake, not a 500.
            throw new FieldException(e is JsonException json ? BadRequests.FieldOf(json) ?? "text" : "text",
                "Send the notice's text as JSON {\"text\": \"...\"}, or upload it as a file.");
        }
        if (pasted is not null && ValidationFilter.Errors(pasted).FirstOrDefault() is { Key: { } invalid, Value: var messages })
            throw new FieldException(invalid, messages[0]);
        if (pasted?.Text is not { } text)
            throw new FieldException("text", "Paste the notice's text, or upload it as a file.");
        var name = string.IsNullOrWhiteSpace(pasted.FileName) ? "pasted.txt" : Path.GetFileName(pasted.FileName.Trim());
        return (Encoding.UTF8.GetBytes(text), name, "text");
    }

    private static async Task<ImportPreview> PreviewOfAsync(NoticeImport import, FindingsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var notice = NoticeParser.Parse(import.Text);
        var suggested = await SuggestedUnitAsync(notice, db, scope, ct);
        var merged = ImportedInspection.From(notice, new ImportOverrides(null, null, null, null, null, null, null, null, null), suggested);
        return new ImportPreview(import.Id, import.InspectionId is null ? "preview" : "committed", import.Source, import.CreatedAt,
            NoticeJson.ToJson(import.Source, notice), suggested, merged.Missing, import.InspectionId);
    }

    /// <summary>The visible unit whose name (or short name) the notice names, when exactly one does.</summary>
    private static async Task<Guid?> SuggestedUnitAsync(ParsedNotice notice, FindingsDbContext db, UnitScope scope, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(notice.Unit))
            return null;
        var name = notice.Unit.Trim();
        var matches = await db.Units.AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath))
            .Where(u => u.Name == name || u.ShortName == name).Select(u => u.UnitId).Take(2).ToListAsync(ct);
        return matches.Count == 1 ? matches[0] : null;
    }

    private static void RequireOffice(UnitScope scope)
    {
        if (!scope.IsAdministrator && !scope.Grants.Any(g => g.Role == RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the inspection office or an administrator may import notices.");
    }
}
