using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Notices;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Text;

namespace Rectify.Reporting.Ledger;

/// <summary>Writes an inspection's 整改台账 (.xlsx) from the same report the inspection page shows, so the scope rules are the same.</summary>
public sealed class InspectionLedger(ReportingDbContext db, InspectionReports reports)
{
    public async Task<(string FileName, byte[] Content)> WriteAsync(Guid inspectionId, CancellationToken ct)
    {
        var report = await reports.GetAsync(inspectionId, ct);
        var names = await db.PersonNames.AsNoTracking().Where(p => p.UnitId == report.UnitId).Select(p => p.Name).ToListAsync(ct);
        var measures = await db.Tasks.AsNoTracking().Where(t => t.InspectionId == inspectionId).ToDictionaryAsync(t => t.TaskId, t => t.Measures, ct);
        var rows = new List<object?[]>();
        foreach (var (finding, number) in Walk(report.Findings, null))
        {
            var common = new object?[]
            {
                number, finding.Title, LedgerColumns.Levels[Math.Clamp(finding.Level, 0, LedgerColumns.Levels.Count - 1)],
                finding.ImmediateFix ? "是" : "否", string.Join("、", finding.Tags),
            };
            if (finding.Tasks.Count == 0)
                rows.Add([rows.Count + 1, .. common]);
            foreach (var t in finding.Tasks)
                rows.Add([rows.Count + 1, .. common,
                    PublicText.Scrub(measures.GetValueOrDefault(t.TaskId) ?? "", names), LedgerColumns.Kinds.GetValueOrDefault(t.Kind, t.Kind),
                    t.ResponsibleDepartment, Date(t.OriginalDeadline), Date(t.Deadline), t.SlipDays,
                    LedgerColumns.States.GetValueOrDefault(t.State, t.State), Date(t.ClosedOn), t.Overdue ? "是" : "否",
                    LedgerColumns.Lights.GetValueOrDefault(t.Light, ""), t.Outcomes.RulesMade, t.Outcomes.RulesRevised, t.Outcomes.TalkPeople,
                    t.Outcomes.MoneyReturned, t.Outcomes.MoneyRecovered, t.Outcomes.PeopleHeldAccountable]);
        }
        var fileName = $"{report.UnitName}{StatedText.Of(report.Round)}整改台账（截至{report.AsOf:yyyy-MM-dd}）.xlsx";
        return (fileName, Workbook(rows));
    }

    // Depth first, as the notice reads; 问题序号 chains the ordinals as the tasks service's ledger does ("一.1").
    private static IEnumerable<(FindingNode Finding, string Number)> Walk(IReadOnlyList<FindingNode> nodes, string? parent)
    {
        foreach (var node in nodes)
        {
            var number = parent is null ? node.Ordinal : $"{parent}.{node.Ordinal}";
            yield return (node, number);
            foreach (var child in Walk(node.Children, number))
                yield return child;
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static byte[] Workbook(List<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var data = new SheetData();
            data.AppendChild(Row(1, [.. LedgerColumns.All]));
            for (var i = 0; i < rows.Count; i++)
                data.AppendChild(Row((uint)(i + 2), rows[i]));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            // The header stays in view while scrolling; the text columns are wide enough to read.
            var views = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft })
                { TabSelected = true, WorkbookViewId = 0 });
            var widths = new Columns(
                new Column { Min = 3, Max = 3, Width = 40, CustomWidth = true },
                new Column { Min = 7, Max = 7, Width = 50, CustomWidth = true });
            sheet.Worksheet = new Worksheet(views, widths, data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = LedgerColumns.Sheet }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, object?[] values)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is not { } value || value is string { Length: 0 })
                continue;
            var reference = $"{Column(c)}{index}";
            row.AppendChild(value is string text
                ? new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString }
                : new Cell(new CellValue(Number(value))) { CellReference = reference, DataType = CellValues.Number });
        }
        return row;
    }

    private static string Number(object value) => value is decimal d ? d.ToString("0.##", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";
}
