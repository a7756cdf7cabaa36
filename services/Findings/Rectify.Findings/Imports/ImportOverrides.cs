namespace Rectify.Findings.Imports;

/// <summary>What the person committing an import supplies or corrects; null keeps what the notice says.</summary>
public sealed record ImportOverrides(
    Guid? UnitId, string? Kind, string? Issuer, string? Team, string? Round, string? Type,
    DateOnly? OnSiteStart, DateOnly? OnSiteEnd, DateOnly? FeedbackOn);

public sealed record ImportResult(Guid ImportId, Guid InspectionId, int Findings, int Tasks);
