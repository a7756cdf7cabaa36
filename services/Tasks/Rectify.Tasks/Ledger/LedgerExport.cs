using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Rectify.Tasks.Apis;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;
using L = Rectify.Tasks.Ledger.LedgerLayout;

namespace Rectify.Tasks.Ledger;

/// <summary>Writes an inspection's ledger (整改台账): 问题清单, 任务清单 and 责任清单 in one workbook.</summary>
public sealed class LedgerExport(TasksDbContext db, TaskViews views)
{
    public async Task<byte[]> WriteAsync(InspectionReplica inspection, CancellationToken ct)
    {
        var findings = PlanOrder.DepthFirst(await db.Findings.AsNoTracking().Where(f => f.InspectionId == inspection.InspectionId && !f.Withdrawn).ToListAsync(ct));
        var numbers = FindingNumbers.Of(findings);
        var tasks = (await db.Tasks.AsNoTracking().Where(t => t.InspectionId == inspection.InspectionId).ToListAsync(ct)).ToLookup(t => t.FindingId);
        // Tasks in plan order: by finding in tree order, then as planned.
        var ordered = findings.SelectMany(f => tasks[f.FindingId].OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => (Task: t, Finding: f))).ToList();

        var findingRows = findings.Select(f => new Cell[]
        {
            Text(numbers[f.FindingId]), Text(f.Title), Number(f.Level), Text(f.ImmediateFix ? "是" : "否"), Number(tasks[f.FindingId].Count()), Text(f.FindingId.ToString()),
        });
        var taskRows = ordered.Select((p, i) => new Cell[]
        {
            Number(i + 1), Text(numbers[p.Finding.FindingId]), Text(p.Finding.Title), Text(p.Task.Measures), Text(L.KindLabels[p.Task.Kind]),
            p.Task.Deadline is { } d ? Date(d) : Text(p.Task.DeadlineText ?? ""), Text(""), Text(L.StateLabels.GetValueOrDefault(p.Task.State, p.Task.State)),
            Text(p.Finding.FindingId.ToString()), Text(p.Task.Id.ToString()), Text(DeadlineStatus(p.Task)),
        });
        var responsibleRows = ordered.Select((p, i) => new Cell[]
        {
            Number(i + 1), Text(numbers[p.Finding.FindingId]), Text(p.Task.Measures), Text(p.Task.ResponsibleLeader ?? ""), Text(p.Task.ResponsibleDepartment ?? ""),
            Text(p.Task.ResponsiblePerson ?? ""), Text(p.Task.Id.ToString()),
        });

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            AddSheet(workbook, 1, L.FindingsSheet, L.FindingColumns, findingRows, [10, 60, 6, 8, 10, 38]);
            AddSheet(workbook, 2, L.TasksSheet, L.TaskExportColumns, taskRows, [6, 10, 40, 60, 10, 12, 20, 14, 38, 38, 10]);
            AddSheet(workbook, 3, L.ResponsiblesSheet, L.ResponsibleColumns, responsibleRows, [6, 10, 60, 16, 16, 12, 38]);
        }
        return stream.ToArray();
    }

    private string DeadlineStatus(RectificationTask t) =>
        DeadlineLock.IsLocked(t, views.Today) ? L.Locked
        : DeadlineLock.CompletedLate(t) ? L.CompletedLate
        : t.IsClosed && t.Deadline is not null ? L.CompletedOnTime
        : "";

    private static void AddSheet(WorkbookPart workbook, uint number, string name, IReadOnlyList<string> header, IEnumerable<Cell[]> rows, double[] widths)
    {
        var data = new SheetData();
        data.Append(Row(1, [.. header.Select(h => Text(h, style: 1))]));
        var index = 2u;
        foreach (var row in rows)
            data.Append(Row(index++, row));
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(
            // The header stays in view while a long ledger is scrolled.
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }),
            columns, data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = number, Name = name });
    }

    private static Row Row(uint index, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
            cells[i].CellReference = $"{(char)('A' + i)}{index}";
        return new Row(cells) { RowIndex = index };
    }

    private static Cell Text(string value, uint style = 2) => new()
    {
        DataType = CellValues.InlineString, StyleIndex = style,
        InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(int value) => new() { CellValue = new CellValue(value), StyleIndex = 2 };

    // A real date cell, so Excel sorts and filters it as a date and whoever edits it types a date.
    private static Cell Date(DateOnly value) => new()
    {
        CellValue = new CellValue(value.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = 3,
    };

    // 0 default, 1 bold header, 2 wrapped text at the top, 3 a date as yyyy-mm-dd.
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 164, ApplyNumberFormat = true, ApplyAlignment = true })
        { Count = 4 });
}

/// <summary>A finding's number in the ledger: its ordinals from the top, joined by dots ("一.1.(2)").</summary>
public static class FindingNumbers
{
    public static Dictionary<Guid, string> Of(IReadOnlyList<FindingReplica> findings)
    {
        var byId = findings.ToDictionary(f => f.FindingId);
        string Number(FindingReplica f) =>
            f.ParentId is { } parent && byId.TryGetValue(parent, out var up) ? $"{Number(up)}.{f.Ordinal}" : f.Ordinal;
        return findings.ToDictionary(f => f.FindingId, Number);
    }
}
