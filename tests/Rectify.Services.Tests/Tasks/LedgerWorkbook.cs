using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.Services.Tests.Tasks;

/// <summary>A ledger workbook as sheets of text rows, to read an export, change a cell as a user would, and write it back.</summary>
public sealed class LedgerWorkbook
{
    public List<(string Name, List<List<string>> Rows)> Sheets { get; } = [];

    public List<List<string>> this[string sheet] => Sheets.Single(s => s.Name == sheet).Rows;

    /// <summary>The cell under <paramref name="column"/> (a header) in row <paramref name="row"/> (as Excel numbers them, header = 1).</summary>
    public string Get(string sheet, int row, string column) => Cell(this[sheet], row, column);

    public LedgerWorkbook Set(string sheet, int row, string column, string value)
    {
        var rows = this[sheet];
        var index = rows[0].IndexOf(column);
        while (rows.Count < row)
            rows.Add([]);
        while (rows[row - 1].Count <= index)
            rows[row - 1].Add("");
        rows[row - 1][index] = value;
        return this;
    }

    public static string Cell(List<List<string>> rows, int row, string column)
    {
        var index = rows[0].IndexOf(column);
        return index < rows[row - 1].Count ? rows[row - 1][index] : "";
    }

    public static LedgerWorkbook Read(byte[] xlsx)
    {
        var book = new LedgerWorkbook();
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rows = new List<List<string>>();
            foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
                    while (cells.Count <= column)
                        cells.Add("");
                    cells[column] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
                }
                rows.Add(cells);
            }
            book.Sheets.Add((sheet.Name!.Value!, rows));
        }
        return book;
    }

    /// <summary>Every cell as shared-string text (as Excel saves typed text), numbers as numbers.</summary>
    public byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            uint number = 1;
            foreach (var (name, rows) in Sheets)
            {
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        var value = rows[r][c];
                        if (value.Length == 0)
                            continue;
                        var cell = new Cell { CellReference = $"{(char)('A' + c)}{r + 1}" };
                        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !value.Contains('-'))
                            cell.CellValue = new CellValue(value);
                        else
                        {
                            shared.SharedStringTable.AppendChild(new SharedStringItem(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
                            cell.DataType = CellValues.SharedString;
                            cell.CellValue = new CellValue((shared.SharedStringTable.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));
                        }
                        row.AppendChild(cell);
                    }
                    data.AppendChild(row);
                }
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = number++, Name = name });
            }
        }
        return stream.ToArray();
    }
}
