using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.Services.Tests.Support;

/// <summary>Writes and reads small .xlsx workbooks the way Excel stores them, for posting to and checking the API.</summary>
public static class Xlsx
{
    /// <summary>
    /// One sheet from rows of cells; "" leaves a cell out. Text goes to the shared-string table as Excel
    /// does, or inline; with <paramref name="numbers"/> anything numeric is stored as a number, as when
    /// someone types a phone number into Excel.
    /// </summary>
    public static byte[] Workbook(string[][] rows, bool numbers = false, bool inline = false, string sheetName = "通讯录")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var value = rows[r][c];
                    if (value.Length == 0)
                        continue;
                    var cell = new Cell { CellReference = $"{(char)('A' + c)}{r + 1}" };
                    if (numbers && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                        cell.CellValue = new CellValue(value);
                    else if (inline)
                    {
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(value) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                    }
                    else
                    {
                        shared.SharedStringTable.AppendChild(new SharedStringItem(new Text(value) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue((shared.SharedStringTable.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));
                    }
                    row.AppendChild(cell);
                }
                data.AppendChild(row);
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        }
        return stream.ToArray();
    }

    /// <summary>The first sheet's name and its rows' cell texts, in column order (gaps as "").</summary>
    public static (string Sheet, List<List<string>> Rows) Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<List<string>>();
        foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
                while (cells.Count <= column)
                    cells.Add("");
                cells[column] = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                    : cell.CellValue?.Text ?? "";
            }
            rows.Add(cells);
        }
        return (sheet.Name!.Value!, rows);
    }
}
