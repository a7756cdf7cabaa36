namespace Rectify.Services.Tests.Reporting;

// What a client of /api/reports reads (docs/reporting.md), declared here as a client would.

public sealed record OutcomesDto(int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable);

public sealed record FiguresDto(
    int Total, int Closed, int Sustained, int InProgress, int NotStarted, int Overdue, int Red, int Yellow, int Green, int Slipped, int SlipDays,
    int NoRecentProgress, decimal? CompletionRate, OutcomesDto Outcomes);

public sealed record UnitRowDto(Guid UnitId, string Name, FiguresDto Figures, int Clues);

public sealed record DashboardDto(DateOnly AsOf, FiguresDto Totals, int Clues, List<UnitRowDto> Rows);

public sealed record CategoryRowDto(string Category, FiguresDto Figures);

public sealed record CategoriesDto(List<CategoryRowDto> Rows, FiguresDto Uncategorised);

public sealed record ItemDto(Guid TaskId, Guid UnitId, string FindingTitle, string State, bool Overdue, string Light, DateOnly LastActivityOn);

public sealed record ItemsDto(string Figure, int Count, List<ItemDto> Items);

public sealed record UnitReportDto(Guid UnitId, FiguresDto Figures, int Clues);

public sealed record TaskLineDto(Guid TaskId, string State, DateOnly? OriginalDeadline, DateOnly? Deadline, int SlipDays, string Light);

public sealed record FindingNodeDto(string Ordinal, int Level, string Title, List<string> Tags, List<TaskLineDto> Tasks, List<FindingNodeDto> Children);

public sealed record InspectionReportDto(Guid InspectionId, FiguresDto Figures, int Clues, List<FindingNodeDto> Findings);
