using System.Globalization;
using System.Net;

namespace Rectify.Web.Api;

/// <summary>What a report covers: a jurisdiction subtree, one unit or one inspection, narrowed by round, team and category.</summary>
public sealed record ReportScope(
    string? JurisdictionPath = null, Guid? UnitId = null, Guid? InspectionId = null, string? Round = null, string? Team = null, string? Category = null)
{
    public (string Name, string? Value)[] Query() =>
    [
        ("jurisdictionPath", JurisdictionPath), ("unitId", UnitId?.ToString()), ("inspectionId", InspectionId?.ToString()),
        ("round", Round), ("team", Team), ("category", Category),
    ];
}

/// <summary>The reporting service (报表): dashboards, drill-down, timeline, snapshots and notices (docs/reporting.md).</summary>
public sealed partial class RectifyApiClient
{
    private const string Reports = "api/reports";

    public static string NoticeFilePath(Guid id, string format) => $"{Reports}/notices/{id}/{Segment(format)}";

    /// <summary>Where anyone downloads a published notice: the API's own anonymous route, linked to directly.</summary>
    public static string PublicNoticeFilePath(Guid id, string format) => $"public/notices/{id}/{Segment(format)}";

    /// <summary>GET api/reports/dashboard (sort: name, completion_rate, clues or a figure name).</summary>
    public Task<ReportDashboard> GetDashboardAsync(ReportScope scope, string? sort, bool? desc, CancellationToken cancellationToken = default) =>
        GetAsync<ReportDashboard>(WithQuery($"{Reports}/dashboard",
            [.. scope.Query(), ("sort", sort), ("desc", desc is { } d ? (d ? "true" : "false") : null)]), cancellationToken);

    /// <summary>GET api/reports/units/{id}: the unit's inspections and categories.</summary>
    public Task<UnitReport> GetUnitReportAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        GetAsync<UnitReport>($"{Reports}/units/{unitId}", cancellationToken);

    /// <summary>GET api/reports/inspections/{id}: findings with their tasks.</summary>
    public Task<InspectionReport> GetInspectionReportAsync(Guid inspectionId, CancellationToken cancellationToken = default) =>
        GetAsync<InspectionReport>($"{Reports}/inspections/{inspectionId}", cancellationToken);

    /// <summary>GET api/reports/categories (the category filter is not applied: every category is a row).</summary>
    public Task<CategoryReport> GetCategoriesAsync(ReportScope scope, CancellationToken cancellationToken = default) =>
        GetAsync<CategoryReport>(WithQuery($"{Reports}/categories", scope.Query()), cancellationToken);

    /// <summary>GET api/reports/items: the tasks a figure counts, by deadline.</summary>
    public Task<ReportItemPage> GetReportItemsAsync(string figure, ReportScope scope, int skip, int take, CancellationToken cancellationToken = default) =>
        GetAsync<ReportItemPage>(WithQuery($"{Reports}/items", [("figure", figure), .. scope.Query(), ("skip", Number(skip)), ("take", Number(take))]),
            cancellationToken);

    /// <summary>GET api/reports/timeline: the weekly progress series.</summary>
    public Task<ProgressTimeline> GetTimelineAsync(ReportScope scope, int weeks, CancellationToken cancellationToken = default) =>
        GetAsync<ProgressTimeline>(WithQuery($"{Reports}/timeline", [.. scope.Query(), ("weeks", Number(weeks))]), cancellationToken);

    /// <summary>GET api/reports/snapshots.</summary>
    public Task<List<SnapshotSummary>> GetSnapshotsAsync(CancellationToken cancellationToken = default) =>
        GetAllAsync<SnapshotSummary>($"{Reports}/snapshots", cancellationToken);

    /// <summary>GET api/reports/snapshots/{id}: the figures as stored when it was taken.</summary>
    public Task<SnapshotView> GetSnapshotAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<SnapshotView>($"{Reports}/snapshots/{id}", cancellationToken);

    /// <summary>GET api/reports/snapshots/{id}/items: the tasks a stored figure counted.</summary>
    public Task<SnapshotItemPage> GetSnapshotItemsAsync(Guid id, string figure, Guid? unitId, int skip, int take, CancellationToken cancellationToken = default) =>
        GetAsync<SnapshotItemPage>(WithQuery($"{Reports}/snapshots/{id}/items",
            ("figure", figure), ("unitId", unitId?.ToString()), ("skip", Number(skip)), ("take", Number(take))), cancellationToken);

    /// <summary>POST api/reports/snapshots over a jurisdiction or one unit.</summary>
    public Task<ApiCreated<SnapshotView>> TakeSnapshotAsync(string label, string? jurisdictionPath, Guid? unitId, CancellationToken cancellationToken = default) =>
        CreateAsync<SnapshotView>($"{Reports}/snapshots", Json(new { label, jurisdictionPath, unitId }), cancellationToken);

    /// <summary>GET api/reports/notices[?inspectionId=].</summary>
    public Task<List<NoticeSummary>> GetNoticesAsync(Guid? inspectionId, CancellationToken cancellationToken = default) =>
        GetAllAsync<NoticeSummary>(WithQuery($"{Reports}/notices", ("inspectionId", inspectionId?.ToString())), cancellationToken);

    /// <summary>GET api/reports/notices/{id}; a draft comes composed from the current data.</summary>
    public Task<NoticeView> GetNoticeAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<NoticeView>($"{Reports}/notices/{id}", cancellationToken);

    /// <summary>POST api/reports/inspections/{id}/notices: a new draft.</summary>
    public async Task<NoticeView> CreateNoticeAsync(Guid inspectionId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Reports}/inspections/{inspectionId}/notices");
        using var response = await SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response);
        return await ReadAsync<NoticeView>(response, cancellationToken);
    }

    /// <summary>PUT api/reports/notices/{id} with If-Match: the version the editor loaded.</summary>
    public Task<NoticeWrite> SaveNoticeAsync(Guid id, long version, NoticeEdit edit, CancellationToken cancellationToken = default) =>
        NoticeWriteAsync(HttpMethod.Put, $"{Reports}/notices/{id}", version, Json(edit), cancellationToken);

    /// <summary>POST api/reports/notices/{id}/publish (If-Match).</summary>
    public Task<NoticeWrite> PublishNoticeAsync(Guid id, long version, CancellationToken cancellationToken = default) =>
        NoticeWriteAsync(HttpMethod.Post, $"{Reports}/notices/{id}/publish", version, null, cancellationToken);

    /// <summary>POST api/reports/notices/{id}/withdraw (If-Match).</summary>
    public Task<NoticeWrite> WithdrawNoticeAsync(Guid id, long version, CancellationToken cancellationToken = default) =>
        NoticeWriteAsync(HttpMethod.Post, $"{Reports}/notices/{id}/withdraw", version, null, cancellationToken);

    /// <summary>GET api/reports/notices/{id}/{format}: md, txt, html, docx or pdf.</summary>
    public Task<ApiFile> GetNoticeFileAsync(Guid id, string format, CancellationToken cancellationToken = default) =>
        GetFileAsync(NoticeFilePath(id, format), $"notice.{format}", cancellationToken);

    /// <summary>GET public/notices, without the user's token: what anyone may read, the newest 500.</summary>
    public Task<List<PublicNoticeSummary>> GetPublicNoticesAsync(CancellationToken cancellationToken = default) =>
        GetAnonymousAsync<List<PublicNoticeSummary>>($"public/notices?take={ListTake}", cancellationToken);

    /// <summary>GET public/notices/{id}, without the user's token; 404 once withdrawn.</summary>
    public Task<PublicNotice> GetPublicNoticeAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAnonymousAsync<PublicNotice>($"public/notices/{id}", cancellationToken);

    private async Task<T> GetAnonymousAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Options.Set(AccessTokenHandler.Anonymous, true);
        using var response = await SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A notice write: 412 (someone saved a newer version) is an answer the editor handles, not a failure.</summary>
    private async Task<NoticeWrite> NoticeWriteAsync(HttpMethod method, string path, long version, HttpContent? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return new NoticeWrite(null, true, null);
        }

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return new NoticeWrite(null, false, await ReadProblemAsync(response, cancellationToken));
        }

        await EnsureSuccessAsync(response);
        return new NoticeWrite(await ReadAsync<NoticeView>(response, cancellationToken), false, null);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
