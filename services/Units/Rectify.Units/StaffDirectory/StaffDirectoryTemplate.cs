using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.Units.StaffDirectory;

/// <summary>The staff directory (通讯录) spreadsheet's shape: one sheet, these columns in this order.</summary>
public static class StaffDirectoryTemplate
{
    public const string SheetName = "通讯录";
    public const string FileName = "通讯录导入模板.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Name = "姓名";
    public const string Position = "职务";
    public const string Department = "科室";
    public const string Email = "电子邮箱";
    public const string Mobile = "手机";
    public const string DingTalkUserId = "钉钉ID";
    public const string WeComUserId = "企业微信ID";

    public static readonly IReadOnlyList<string> Columns = [Name, Position, Department, Email, Mobile, DingTalkUserId, WeComUserId];

    /// <summary>The header row only: an example row would be imported by whoever forgets to delete it.</summary>
    public static byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();

            var sheet = workbook.AddNewPart<WorksheetPart>();
            // Inline strings keep the file one part smaller than a shared-string table, and Excel reads them alike.
            var header = new Row { RowIndex = 1 };
            for (var i = 0; i < Columns.Count; i++)
                header.Append(new Cell
                {
                    CellReference = $"{(char)('A' + i)}1",
                    DataType = CellValues.InlineString,
                    StyleIndex = 1,
                    InlineString = new InlineString(new Text(Columns[i])),
                });
            sheet.Worksheet = new Worksheet(
                // Frozen so the column names stay in view while a long directory is typed in.
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { WorkbookViewId = 0 }),
                new Columns(new Column { Min = 1, Max = (uint)Columns.Count, Width = 18, CustomWidth = true }),
                new SheetData(header));

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName }));
        }
        return stream.ToArray();
    }

    // Style 0 is Excel's default; style 1 is the bold header.
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
