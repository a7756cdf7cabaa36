using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Contracts.Findings;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Findings.Apis;

/// <summary>
/// The recurring progress report (定期整改进展情况报告): the office sets the obligation, the unit's coordinator
/// (or the office) submits a report per period, anyone in scope reads the periods. Writes honour If-Match
/// against the inspection's version and return the new one as ETag.
/// </summary>
internal static class ProgressReportsApi
{
    public static void MapProgressReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/progress-reports", ListAsync);
        api.MapPut("/{id:guid}/progress-reports/obligation", SetObligationAsync).Validate<ObligationRequest>();
        api.MapPost("/{id:guid}/progress-reports", SubmitAsync).Validate<ProgressReportRequest>();
    }

    private static async Task<Ok<ProgressReportsResponse>> ListAsync(
        Guid id, InspectionAccess access, ProgressReports reports, HttpContext http, CancellationToken ct)
    {
        var (inspection, _) = await access.VisibleAsync(id, ct);
        http.SetETag(inspection.Version);
        return TypedResults.Ok(await ResponseAsync(inspection, reports, ct));
    }

    private static async Task<Ok<ProgressReportsResponse>> SetObligationAsync(
        Guid id, ObligationRequest request, InspectionAccess access, ProgressReports reports, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, _) = await InspectionsApi.WritableAsync(id, access, http, ct);
        await reports.SetObligationAsync(inspection, request.ToInput(), scope.Actor, ct);
        http.SetETag(inspection.Version);
        return TypedResults.Ok(await ResponseAsync(inspection, reports, ct));
    }

    private static async Task<Created<ProgressReportItem>> SubmitAsync(
        Guid id, ProgressReportRequest request, InspectionAccess access, ProgressReports reports, UnitScope scope, HttpContext http,
        CancellationToken ct)
    {
        var (inspection, _) = await access.UnitWorkAsync(id, ct);
        Versions.Require(http.Request.IfMatch(), inspection.Version, "The inspection");
        var report = await reports.SubmitAsync(inspection, request.PeriodDue!.Value, request.Summary, scope.Actor, ct);
        http.SetETag(inspection.Version);
        return TypedResults.Created($"{InspectionsApi.Prefix}/{id}/progress-reports", ProgressReportItem.From(report));
    }

    private static async Task<ProgressReportsResponse> ResponseAsync(Inspection inspection, ProgressReports reports, CancellationToken ct)
    {
        var obligation = await reports.ObligationAsync(inspection.Id, ct);
        if (obligation is null)
            return new ProgressReportsResponse(null, []);
        var periods = await reports.PeriodsAsync(inspection, obligation, ct);
        return new ProgressReportsResponse(
            new ObligationItem(obligation.Every, obligation.IntervalUnit, obligation.FirstDue, obligation.Until),
            [.. periods.Select(p => new PeriodItem(p.Due, p.State, p.Report is null ? null : ProgressReportItem.From(p.Report)))]);
    }
}

/// <summary>
/// Every <c>every</c> days (1–366) or months (1–12) from <c>firstDue</c>; <c>until</c> absent = until the inspection closes.
/// </summary>
public sealed record ObligationRequest(
    [property: Required, Range(1, 366)] int? Every,
    [property: Required, AllowedValues(ProgressReportPeriods.Days, ProgressReportPeriods.Months)] string IntervalUnit,
    [property: Required] DateOnly? FirstDue,
    DateOnly? Until = null)
{
    public ObligationInput ToInput() =>
        IntervalUnit == ProgressReportPeriods.Months && Every > 12
            ? throw new FieldException("every", "At most every 12 months.")
            : new(Every!.Value, IntervalUnit, FirstDue!.Value, Until);
}

public sealed record ProgressReportRequest(
    [property: Required] DateOnly? PeriodDue,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Summary);

public sealed record ObligationItem(int Every, string IntervalUnit, DateOnly FirstDue, DateOnly? Until);

public sealed record ProgressReportItem(Guid Id, DateOnly PeriodDue, DateOnly SubmittedOn, string Summary)
{
    public static ProgressReportItem From(ProgressReport r) => new(r.Id, r.PeriodDue, r.SubmittedOn, r.Summary);
}

/// <summary><c>state</c>: submitted, due (today or later) or missing (the due date passed with no report).</summary>
public sealed record PeriodItem(DateOnly Due, string State, ProgressReportItem? Report);

public sealed record ProgressReportsResponse(ObligationItem? Obligation, List<PeriodItem> Periods);
