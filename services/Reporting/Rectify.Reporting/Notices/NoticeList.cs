using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Notices;

public sealed record NoticeSummary(Guid Id, Guid InspectionId, Guid UnitId, string UnitName, string Status, string? Title, DateOnly? PublishedOn, long Version);

public sealed record PublicNoticeSummary(Guid Id, string Title, string UnitName, DateOnly PublishedOn);

/// <summary>A published notice as anyone may read it: its text only, never ids of people or clue counts.</summary>
public sealed record PublicNotice(Guid Id, string Title, string UnitName, DateOnly PublishedOn, string Markdown, string Html);

/// <summary>Lists of notices: the caller's drafts and published ones, and what the public reads.</summary>
public sealed class NoticeList(ReportingDbContext db, UnitScope scope)
{
    public async Task<List<NoticeSummary>> ForCallerAsync(Guid? inspectionId, ListPage page, HttpContext http, CancellationToken ct) =>
        await (from n in db.Notices.AsNoTracking().Where(scope.Visible<ProgressNotice>(n => n.UnitId, n => n.JurisdictionPath))
               join u in db.Units on n.UnitId equals u.UnitId
               where inspectionId == null || n.InspectionId == inspectionId
               orderby n.CreatedAt descending, n.Id
               select new NoticeSummary(n.Id, n.InspectionId, n.UnitId, u.Name, n.Status, n.Title, n.PublishedOn, n.Version)).PageAsync(page, http, ct);

    public async Task<List<PublicNoticeSummary>> PublishedAsync(ListPage page, HttpContext http, CancellationToken ct) =>
        [.. (await (from n in db.Notices.AsNoTracking()
                    join u in db.Units on n.UnitId equals u.UnitId
                    where n.Status == NoticeStatus.Published
                    orderby n.PublishedOn descending, n.Title, n.Id
                    select new { n.Id, n.Title, u.Name, n.PublishedOn }).PageAsync(page, http, ct))
            .Select(n => new PublicNoticeSummary(n.Id, n.Title ?? "", n.Name, n.PublishedOn!.Value))];

    public async Task<(ProgressNotice Notice, string UnitName)> PublishedAsync(Guid id, CancellationToken ct)
    {
        var found = await (from n in db.Notices.AsNoTracking()
                           join u in db.Units on n.UnitId equals u.UnitId
                           where n.Id == id && n.Status == NoticeStatus.Published
                           select new { n, u.Name }).FirstOrDefaultAsync(ct);
        return found is null ? throw new NotFoundException("Notice") : (found.n, found.Name);
    }
}
