using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Limits = Rectify.ServiceDefaults.Uploads.OfficePackageLimits;

namespace Rectify.ServiceDefaults.Uploads;

/// <summary>The upload is not a workbook that can be read, as opposed to a workbook with bad rows; the message is for the clerk.</summary>
public sealed class NotAWorkbookException(string message) : Exception(message);

/// <summary>
/// Reads uploaded .xlsx sheets (the staff directory, the task ledger) as text rows, written once: the file's kind
/// by its first bytes, the Open XML SDK within <see cref="OfficePackageLimits"/>, shared and inline strings,
/// numbers as their stored value, and cells placed by their reference, never padded beyond the column limit.
/// </summary>
public static class SheetCells
{
    /// <summary>Opens <paramref name="xlsx"/> read-only and hands its workbook to <paramref name="read"/>.</summary>
    /// <exception cref="NotAWorkbookException">An .ods, .xls or other file, a damaged one, or one past the row or column limits.</exception>
    public static T Open<T>(Stream xlsx, Func<WorkbookPart, T> read)
    {
        // A name ending in .xlsx proves nothing; an xlsx is a ZIP, so anything else is refused before parsing.
        var format = SpreadsheetFormats.Of(xlsx);
        if (SpreadsheetFormats.SaveAsXlsx(format) is { } saveAs)
            throw new NotAWorkbookException(saveAs);
        if (format != SpreadsheetFormat.Xlsx)
            throw new NotAWorkbookException("不是 .xlsx 文件。");
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, isEditable: false, new OpenSettings { MaxCharactersInPart = Limits.MaxCharactersInPart });
            return read(document.WorkbookPart ?? throw new NotAWorkbookException("工作簿中没有工作表。"));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException)
        {
            throw new NotAWorkbookException("无法作为 .xlsx 文件打开（文件损坏，或不是 Excel 工作簿）。");
        }
    }

    /// <summary>The workbook's shared strings, in order, as plain text.</summary>
    public static List<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Plain).ToList() ?? [];

    /// <summary>
    /// The sheet's rows with their number as Excel shows it and their cells by column index, each passed through
    /// <paramref name="clean"/>. Booleans read "TRUE"/"FALSE" with <paramref name="booleansAsWords"/>, else as stored.
    /// </summary>
    public static IEnumerable<(int Row, List<string> Cells)> Rows(
        WorksheetPart part, IReadOnlyList<string> strings, Func<string, string> clean, bool booleansAsWords = false)
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
                cells[column] = clean(Text(cell, strings, booleansAsWords));
            }
            yield return (rowNumber, cells);
        }
    }

    private static string Text(Cell cell, IReadOnlyList<string> strings, bool booleansAsWords)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "";
        if (type == CellValues.InlineString)
            return cell.InlineString is { } inline ? Plain(inline) : raw;
        if (booleansAsWords && type == CellValues.Boolean)
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
        item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter).Take(4)) // XFD has three letters; more would overflow
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(index - 1, 0);
    }
}
