using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.ServiceDefaults.Uploads;
using Limits = Rectify.ServiceDefaults.Uploads.OfficePackageLimits;
using Template = Rectify.Units.StaffDirectory.StaffDirectoryTemplate;

namespace Rectify.Units.StaffDirectory;

/// <summary>One filled-in row of the directory, cells cleaned (trimmed, empty as "").</summary>
public sealed record StaffRow(
    int Row, string Name, string Position, string Department, string Email, string Mobile, string DingTalkUserId, string WeComUserId);

/// <summary>What is wrong with one cell: <c>Row</c> counts from 1 including the header, <c>Column</c> is the header text.</summary>
public sealed record RowError(int Row, string Column, string Reason);

public sealed record StaffSheet(IReadOnlyList<StaffRow> Rows, IReadOnlyList<RowError> Errors);

/// <summary>The upload is not a spreadsheet at all, as opposed to a spreadsheet with bad rows.</summary>
public sealed class NotASpreadsheetException(string message) : Exception(message);

/// <summary>Reads the directory sheet into rows; checks only the sheet's shape (the header), not the values.</summary>
public static class StaffDirectoryReader
{
    public static StaffSheet Read(Stream xlsx)
    {
        // A name ending in .xlsx proves nothing; an xlsx is a ZIP, so anything else is refused before parsing.
        var format = SpreadsheetFormats.Of(xlsx);
        if (SpreadsheetFormats.SaveAsXlsx(format) is { } saveAs)
            throw new NotASpreadsheetException(saveAs);
        if (format != SpreadsheetFormat.Xlsx)
            throw new NotASpreadsheetException("不是 .xlsx 文件。");
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, isEditable: false, new OpenSettings { MaxCharactersInPart = Limits.MaxCharactersInPart });
            return Read(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException)
        {
            throw new NotASpreadsheetException("无法作为 .xlsx 文件打开（文件损坏，或不是 Excel 工作簿）。");
        }
    }

    private static StaffSheet Read(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new NotASpreadsheetException("工作簿中没有工作表。");
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        // People rename the sheet or add their own before it; the template's name wins, else the first sheet.
        var sheet = sheets.FirstOrDefault(s => s.Name?.Value == Template.SheetName) ?? sheets.FirstOrDefault();
        if (sheet?.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart part)
            throw new NotASpreadsheetException("工作簿中没有工作表。");

        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Plain).ToList() ?? [];
        var rows = Cells(part, strings).ToList();

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
                throw new NotASpreadsheetException($"第 {rowNumber} 行超出了 {Limits.MaxRows} 行的上限；请分成几个文件上传。");
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                // Padding up to a far column (XFD is 16,384) would make every row that wide.
                if (column >= Limits.MaxColumns)
                    throw new NotASpreadsheetException($"第 {rowNumber} 行有超出 {Limits.LastColumn} 列的单元格；请删去模板以外的列。");
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
        if (type == CellValues.Boolean)
            return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
        if (type is null || type == CellValues.Number)
            return Number(raw);
        return raw; // formula strings, errors, ISO dates: as stored
    }

    // A phone typed into Excel is a number, stored as 13812345678 or 1.3812345678E+10; it must read back as its digits.
    private static string Number(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(value == decimal.Truncate(value) ? "0" : "0.############################", CultureInfo.InvariantCulture)
            : raw;

    // Rich text is split into runs; phonetic (rPh) guides are not part of the value.
    private static string Plain(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    // Full-width spaces (U+3000) come with Chinese input methods; they count as spaces, as do no-break spaces.
    private static string Clean(string value) => value.Replace('\u3000', ' ').Replace('\u00A0', ' ').Trim();

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter).Take(4)) // XFD has three letters; more would overflow
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(index - 1, 0);
    }

    private static string At(IReadOnlyList<string> cells, int i) => i < cells.Count ? cells[i] : "";
}
