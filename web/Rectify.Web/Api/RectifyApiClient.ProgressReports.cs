namespace Rectify.Web.Api;

/// <summary>The recurring progress report (定期整改进展情况报告) of an inspection (docs/findings.md).</summary>
public sealed partial class RectifyApiClient
{
    /// <summary>GET api/findings/inspections/{id}/progress-reports: the obligation and its periods.</summary>
    public Task<ProgressReports> GetProgressReportsAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<ProgressReports>($"{Inspections}/{Segment(id)}/progress-reports", cancellationToken);

    /// <summary>PUT api/findings/inspections/{id}/progress-reports/obligation (the inspection office).</summary>
    public Task<ApiValidationProblem?> SetReportObligationAsync(string id, ReportObligation obligation, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Inspections}/{Segment(id)}/progress-reports/obligation", obligation, cancellationToken);

    /// <summary>POST api/findings/inspections/{id}/progress-reports (the unit's coordinator or the office); 409 when the period has one.</summary>
    public Task<ApiValidationProblem?> SubmitProgressReportAsync(string id, string? periodDue, string? summary, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"{Inspections}/{Segment(id)}/progress-reports", new { periodDue, summary }, cancellationToken);
}

/// <summary>Every <c>Every</c> days or months from <c>FirstDue</c>, until <c>Until</c> or the inspection closes.</summary>
public sealed record ReportObligation(int? Every, string IntervalUnit, string? FirstDue, string? Until);

public sealed record SubmittedReport(string Id, string PeriodDue, string SubmittedOn, string Summary);

/// <summary>State: submitted, due or missing.</summary>
public sealed record ReportPeriod(string Due, string State, SubmittedReport? Report);

public sealed record ProgressReports(ReportObligation? Obligation, IReadOnlyList<ReportPeriod> Periods);
