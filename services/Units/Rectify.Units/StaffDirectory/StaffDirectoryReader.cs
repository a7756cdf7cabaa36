using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.ServiceDefaults.Uploads;
using Template = Rectify.Units.StaffDirectory.StaffDirectoryTemplate;

namespace Rectify.Units.StaffDirectory;

/// <summary>One filled-in row of the directory, cells cleaned (trimmed, empty as "").</summary>
public sealed record StaffRow(
    int Row, string Name, string Position, string Department, string Email, string Mobile, string DingTalkUserId, string WeComUserId);

/// <summary>What is wrong with one cell: <c>Row</c> counts from 1 including the header, <c>Column</c> is the header text.</summary>
public sealed record RowError(int Row, string Column, string Reason);

public sealed record StaffSheet(IReadOnlyList<StaffRow> Rows, IReadOnlyList<RowError> Errors);

/// <summary>
/// Reads the directory sheet into rows (<see cref="SheetCells"/>); checks only the sheet's shape (the header), not the
/// values. A file that is no workbook throws <see cref="NotAWorkbookException"/>.
/// </summary>
public static class StaffDirectoryReader
{
    public static StaffSheet Read(Stream xlsx) => SheetCells.Open(xlsx, Read);

    private static StaffSheet Read(WorkbookPart workbook)
    {
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        // People rename the sheet or add their own before it; the template's name wins, else the first sheet.
        var sheet = sheets.FirstOrDefault(s => s.Name?.Value == Template.SheetName) ?? sheets.FirstOrDefault();
        if (sheet?.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart part)
            throw new NotAWorkbookException("工作簿中没有工作表。");

        var strings = SheetCells.SharedStrings(workbook);
        var rows = SheetCells.Rows(part, strings, Clean, booleansAsWords: true).ToList();
        var header = rows.Where(r => r.Row == 1).Select(r => r.Cells).FirstOrDefault() ?? [];
        if (HeaderError(header) is { } wrong)
            return new StaffSheet([], [wrong]);

        var staff = rows
            .Where(r => r.Row > 1 && r.Cells.Take(Template.Columns.Count).Any(c => c.Length > 0))
            .Select(r => new StaffRow(r.Row, At(r.Cells, 0), At(r.Cells, 1), At(r.Cells, 2), At(r.Cells, 3), At(r.Cells, 4), At(r.Cells, 5), At(r.Cells, 6)))
            .ToList();
        return new StaffSheet(staff, []);
    }

    // One error, for the first column out of place: after a missing column every later one is shifted too.
    private static RowError? HeaderError(IReadOnlyList<string> header)
    {
        for (var i = 0; i < Template.Columns.Count; i++)
        {
            var actual = At(header, i);
            if (actual != Template.Columns[i])
                return new RowError(1, Template.Columns[i], actual.Length == 0
                    ? $"表头缺少“{Template.Columns[i]}”列（应为第 {i + 1} 列）；表头应为：{string.Join("、", Template.Columns)}。"
                    : $"第 {i + 1} 列应为“{Template.Columns[i]}”，而不是“{actual}”；表头应为：{string.Join("、", Template.Columns)}。");
        }
        var extra = header.Skip(Template.Columns.Count).FirstOrDefault(h => h.Length > 0);
        return extra is null ? null : new RowError(1, extra, $"多余的列“{extra}”；表头应为：{string.Join("、", Template.Columns)}。");
    }

    // Full-width spaces (U+3000) come with Chinese input methods; they count as spaces, as do no-break spaces.
    private static string Clean(string value) => value.Replace('\u3000', ' ').Replace('\u00A0', ' ').Trim();

    private static string At(IReadOnlyList<string> cells, int i) => i < cells.Count ? cells[i] : "";
}
