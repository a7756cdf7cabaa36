using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.ServiceDefaults.Uploads;

namespace Rectify.Tasks.Ledger;

/// <summary>One non-empty row of a sheet: its number as Excel shows it (the header is row 1) and its cells by column.</summary>
public sealed record SheetRow(int Row, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : "";
}

/// <summary>What is wrong with one cell; <see cref="Message"/> reads "任务清单 第7行 完成时限: 不是日期".</summary>
public sealed record LedgerError(string Sheet, int Row, string Column, string Reason)
{
    public string Message => Column.Length == 0 ? $"{Sheet} 第{Row}行: {Reason}" : $"{Sheet} 第{Row}行 {Column}: {Reason}";
}

/// <summary>
/// Reads the ledger's sheets by header name. Cells are text as Excel shows it, numbers (and dates) as their stored value
/// (<see cref="SheetCells"/>); a file that is no workbook throws <see cref="NotAWorkbookException"/>.
/// </summary>
public static class LedgerSheets
{
    public static Dictionary<string, List<SheetRow>> Read(Stream xlsx, List<LedgerError> errors, params string[] sheets) =>
        SheetCells.Open(xlsx, workbook =>
        {
            var strings = SheetCells.SharedStrings(workbook);
            var all = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var read = new Dictionary<string, List<SheetRow>>();
            foreach (var name in sheets)
            {
                var sheet = all.FirstOrDefault(s => s.Name?.Value == name);
                if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    errors.Add(new LedgerError(name, 1, "", $"缺少工作表“{name}”。"));
                    continue;
                }
                read[name] = Rows(name, part, strings, errors);
            }
            return read;
        });

    private static List<SheetRow> Rows(string sheet, WorksheetPart part, List<string> strings, List<LedgerError> errors)
    {
        var expected = LedgerLayout.ColumnsOf(sheet);
        var raw = SheetCells.Rows(part, strings, Clean).ToList();
        var header = raw.FirstOrDefault(r => r.Row == 1).Cells ?? [];
        for (var i = 0; i < expected.Count; i++)
        {
            var actual = i < header.Count ? header[i] : "";
            if (actual != expected[i])
            {
                // After one column out of place every later one is too: one error says it.
                errors.Add(new LedgerError(sheet, 1, expected[i], $"第 {i + 1} 列应为“{expected[i]}”；表头应为：{string.Join("、", expected)}。"));
                return [];
            }
        }
        return [.. raw.Where(r => r.Row > 1 && r.Cells.Take(expected.Count).Any(c => c.Length > 0))
            .Select(r => new SheetRow(r.Row, expected.Select((c, i) => (c, v: i < r.Cells.Count ? r.Cells[i] : "")).ToDictionary(p => p.c, p => p.v)))];
    }

    // Trim() also takes full-width (U+3000) and no-break spaces off the ends; inside the text they stay,
    // so measures come back exactly as exported. Windows line breaks inside a cell are one break.
    private static string Clean(string value) => value.Replace("\r\n", "\n").Trim();
}
