namespace Rectify.Reporting.Model;

/// <summary>A row that belongs to one unit's inspection (a task, or the kept sums of its tasks): filtered alike.</summary>
public interface IInspectionRow
{
    Guid UnitId { get; }
    Guid InspectionId { get; }
    string JurisdictionPath { get; }
}
