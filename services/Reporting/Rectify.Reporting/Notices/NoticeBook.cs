using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Reporting.Notices;

public sealed record NoticeEdit(string? Organisation, string? NextSteps, Dictionary<Guid, string>? Overrides);

public sealed record NoticeView(
    Guid Id, Guid InspectionId, Guid UnitId, string Status, string? Organisation, string? NextSteps, IReadOnlyDictionary<Guid, string> Overrides,
    string Title, DateOnly? PublishedOn, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt, long Version, NoticeFacts Facts, string Markdown);

/// <summary>
/// Drafting, publishing and withdrawing notices. A draft is composed afresh on every read; publishing
/// freezes the lines. Writing needs the unit's coordinator, the inspection office over it, or an admin.
/// </summary>
public sealed class NoticeBook(ReportingDbContext db, UnitScope scope, FigureQueries figures, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ProgressNotice> CreateAsync(Guid inspectionId, CancellationToken ct)
    {
        var data = await VisibleInspectionAsync(inspectionId, ct);
        RequireManage(data.Unit.UnitId, data.Unit.JurisdictionPath);
        var notice = new ProgressNotice
        {
            Id = Guid.CreateVersion7(), InspectionId = inspectionId, UnitId = data.Unit.UnitId, JurisdictionPath = data.Unit.JurisdictionPath,
            CreatedAt = time.GetUtcNow(), Version = 1,
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        return notice;
    }

    public async Task<ProgressNotice> VisibleAsync(Guid id, CancellationToken ct)
    {
        var notice = await db.Notices.FirstOrDefaultAsync(n => n.Id == id, ct);
        return notice is not null && scope.CanSee(notice.UnitId, notice.JurisdictionPath) ? notice : throw new NotFoundException("Notice");
    }

    public async Task<ProgressNotice> EditAsync(Guid id, NoticeEdit edit, long? ifMatch, CancellationToken ct)
    {
        Check(edit);
        var notice = await ForChangeAsync(id, ifMatch, ct);
        if (notice.Status != NoticeStatus.Draft)
            throw new ConflictException("Only a draft can be edited; a published notice is withdrawn and drafted again.");
        notice.Organisation = Blank(edit.Organisation);
        notice.NextSteps = Blank(edit.NextSteps);
        notice.OverridesJson = JsonSerializer.Serialize(edit.Overrides ?? [], Json);
        notice.Version++;
        await db.SaveChangesAsync(ct);
        return notice;
    }

    // A notice is a few pages: the limits keep a draft from growing without end (the edit has no other check).
    private static void Check(NoticeEdit edit)
    {
        if (edit.Organisation is { Length: > 4000 })
            throw new FieldException("organisation", "organisation is at most 4000 characters.");
        if (edit.NextSteps is { Length: > 8000 })
            throw new FieldException("nextSteps", "nextSteps is at most 8000 characters.");
        if (edit.Overrides is { Count: > 1000 } || edit.Overrides?.Values.Any(v => v is { Length: > 8000 }) == true)
            throw new FieldException("overrides", "overrides holds at most 1000 texts of at most 8000 characters.");
    }

    public async Task<ProgressNotice> PublishAsync(Guid id, long? ifMatch, CancellationToken ct)
    {
        var notice = await ForChangeAsync(id, ifMatch, ct);
        if (notice.Status != NoticeStatus.Draft)
            throw new ConflictException("Only a draft can be published.");
        var doc = await ComposeAsync(notice, ct);
        notice.Title = doc.Title;
        notice.LinesJson = JsonSerializer.Serialize(doc.Lines, Json);
        notice.FactsJson = JsonSerializer.Serialize(doc.Facts, Json);
        (notice.Status, notice.PublishedOn, notice.PublishedAt) = (NoticeStatus.Published, time.Today(), time.GetUtcNow());
        notice.Version++;
        await db.SaveChangesAsync(ct);
        return notice;
    }

    public async Task<ProgressNotice> WithdrawAsync(Guid id, long? ifMatch, CancellationToken ct)
    {
        var notice = await ForChangeAsync(id, ifMatch, ct);
        if (notice.Status != NoticeStatus.Published)
            throw new ConflictException("Only a published notice can be withdrawn.");
        (notice.Status, notice.WithdrawnAt) = (NoticeStatus.Withdrawn, time.GetUtcNow());
        notice.Version++;
        await db.SaveChangesAsync(ct);
        return notice;
    }

    /// <summary>The notice as it reads now: frozen once published, composed from the data while a draft.</summary>
    public async Task<NoticeDocument> DocumentAsync(ProgressNotice notice, CancellationToken ct) =>
        Frozen(notice) ?? await ComposeAsync(notice, ct);

    public static NoticeDocument? Frozen(ProgressNotice notice) =>
        notice.LinesJson is null ? null
            : new NoticeDocument(notice.Title ?? "", JsonSerializer.Deserialize<List<NoticeLine>>(notice.LinesJson, Json)!,
                JsonSerializer.Deserialize<NoticeFacts>(notice.FactsJson ?? "{}", Json)!);

    public async Task<NoticeView> ViewAsync(ProgressNotice n, CancellationToken ct)
    {
        var doc = await DocumentAsync(n, ct);
        return new NoticeView(n.Id, n.InspectionId, n.UnitId, n.Status, n.Organisation, n.NextSteps, Overrides(n), doc.Title, n.PublishedOn, n.PublishedAt,
            n.WithdrawnAt, n.Version, doc.Facts, TextRenderer.Markdown(doc));
    }

    private async Task<NoticeDocument> ComposeAsync(ProgressNotice notice, CancellationToken ct)
    {
        var data = await InspectionData.LoadAsync(db, notice.InspectionId, ct);
        var day = figures.Day();
        return NoticeComposer.Compose(data, new NoticeNarrative(notice.Organisation, notice.NextSteps, Overrides(notice)), notice.PublishedOn ?? day.Today, day);
    }

    private async Task<ProgressNotice> ForChangeAsync(Guid id, long? ifMatch, CancellationToken ct)
    {
        var notice = await VisibleAsync(id, ct);
        RequireManage(notice.UnitId, notice.JurisdictionPath);
        Versions.Require(ifMatch, notice.Version, "The notice");
        return notice;
    }

    private async Task<InspectionData> VisibleInspectionAsync(Guid inspectionId, CancellationToken ct)
    {
        var data = await InspectionData.LoadAsync(db, inspectionId, ct);
        return scope.CanSee(data.Unit.UnitId, data.Unit.JurisdictionPath) ? data : throw new NotFoundException("Inspection");
    }

    private void RequireManage(Guid unitId, string path)
    {
        if (!scope.CanManage(unitId, path))
            throw new ForbiddenException("Drafting and publishing a notice needs the unit's coordinator or the inspection office.");
    }

    private static Dictionary<Guid, string> Overrides(ProgressNotice n) => JsonSerializer.Deserialize<Dictionary<Guid, string>>(n.OverridesJson, Json) ?? [];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
