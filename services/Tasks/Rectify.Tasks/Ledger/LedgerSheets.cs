using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.ServiceDefaults.Uploads;
using Limits = Rectify.ServiceDefaults.Uploads.OfficePackageLimits;

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

/// <summary>The upload is not a workbook at all, as opposed to a workbook with bad rows.</summary>
public sealed class NotAWorkbookException(string message) : Exception(message);

/// <summary>Reads the ledger's sheets by header name. Cells are text as Excel shows it, numbers (and dates) as their stored value.</summary>
public static class LedgerSheets
{
    public static Dictionary<string, List<SheetRow>> Read(Stream xlsx, List<LedgerError> errors, params string[] sheets)
    {
        var format = SpreadsheetFormats.Of(xlsx);
        if (SpreadsheetFormats.SaveAsXlsx(format) is { } saveAs)
            throw new NotAWorkbookException(saveAs);
        if (format != SpreadsheetFormat.Xlsx)
            throw new NotAWorkbookException("不是 .xlsx 文件。");
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, isEditable: false, new OpenSettings { MaxCharactersInPart = Limits.MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw new NotAWorkbookException("工作簿中没有工作表。");
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Plain).ToList() ?? [];
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
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException)
        {
            throw new NotAWorkbookException("无法作为 .xlsx 文件打开（文件损坏，或不是 Excel 工作簿）。");
        }
    }

    private static List<SheetRow> Rows(string sheet, WorksheetPart part, List<string> strings, List<LedgerError> errors)
    {
        var expected = LedgerLayout.ColumnsOf(sheet);
        var raw = Cells(part, strings).ToList();
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

    private static IEnumerable<(int Row, List<string> Cells)> Cells(WorksheetPart part, List<string> strings)
    {
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null)
            yield break;
        var rowNumber = 0;
        foreach (var row in data.Elements<Row>())
        {
            // Row and cell references are optional in the format; absent ones follow on from the previous.
            rowNumber = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : rowNumber + 1;
            if (rowNumber > Limits.MaxRows)
                throw new NotAWorkbookException($"第 {rowNumber} 行超出了 {Limits.MaxRows} 行的上限；请分成几个文件上传。");
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                // Padding up to a far column (XFD is 16,384) would make every row that wide.
                if (column >= Limits.MaxColumns)
                    throw new NotAWorkbookException($"第 {rowNumber} 行有超出 {Limits.LastColumn} 列的单元格；请删去模板以外的列。");
                while (cells.Count <= column)
                    cells.Add("");
                cells[column] = Clean(Text(cell, strings));
            }
            yield return (rowNumber, cells);
        }
    }

    private static string Text(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "";
        if (type == CellValues.InlineString)
            return cell.InlineString is { } inline ? Plain(inline) : raw;
        if (type is null || type == CellValues.Number)
            return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value.ToString(value == decimal.Truncate(value) ? "0" : "0.############################", CultureInfo.InvariantCulture)
                : raw;
        return raw;
    }

    private static string Plain(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    // Trim() also takes full-width (U+3000) and no-break spaces off the ends; inside the text they stay,
    // so measures come back exactly as exported. Windows line breaks inside a cell are one break.
    private static string Clean(string value) => value.Replace("\r\n", "\n").Trim();

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter).Take(4)) // XFD has three letters; more would overflow
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(index - 1, 0);
    }
}
