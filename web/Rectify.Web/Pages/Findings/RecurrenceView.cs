using Rectify.Web.Api;

namespace Rectify.Web.Pages.Findings;

/// <summary>What the finding tree needs for recurrence links: the inspection, the open form and its chosen earlier inspection, the link labels.</summary>
public sealed record RecurrenceView(InspectionDetail Current, string? Open, string? Earlier, IReadOnlyDictionary<string, string> Links);
