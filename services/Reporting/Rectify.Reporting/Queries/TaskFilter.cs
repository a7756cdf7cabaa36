namespace Rectify.Reporting.Queries;

/// <summary>What a report covers: a jurisdiction subtree (path prefix), one unit or one inspection, narrowed by round, team and category tag.</summary>
public sealed record TaskFilter(
    string? JurisdictionPath = null, Guid? UnitId = null, Guid? InspectionId = null, string? Round = null, string? Team = null, string? Category = null);
