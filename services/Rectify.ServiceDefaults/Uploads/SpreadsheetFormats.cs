namespace Rectify.ServiceDefaults.Uploads;

/// <summary>What a spreadsheet upload is, by its first bytes (a name ending in .xlsx proves nothing).</summary>
public enum SpreadsheetFormat { Xlsx, Ods, Xls, Other }

/// <summary>
/// Tells the spreadsheets clerks save by mistake from an .xlsx, so the refusal says what to do instead of
/// "not a workbook": an OpenDocument sheet (.ods, LibreOffice/WPS) is a ZIP like an .xlsx and would fail later
/// for want of a workbook part; an old .xls is an OLE compound file (as is a password-protected .xlsx).
/// </summary>
public static class SpreadsheetFormats
{
    private static ReadOnlySpan<byte> Zip => "PK\u0003\u0004"u8;
    private static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> OdsMimetype => "application/vnd.oasis.opendocument.spreadsheet"u8;

    /// <summary>Reads the first bytes and puts the stream back where it was (it must be seekable).</summary>
    public static SpreadsheetFormat Of(Stream upload)
    {
        var start = upload.Position;
        Span<byte> head = stackalloc byte[128];
        var read = upload.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        upload.Position = start;
        return Of(head[..read]);
    }

    public static SpreadsheetFormat Of(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Ole))
            return SpreadsheetFormat.Xls;
        if (!head.StartsWith(Zip))
            return SpreadsheetFormat.Other;
        // OpenDocument puts an uncompressed "mimetype" entry first: its text follows the 30-byte local header,
        // the name and the extra field (their lengths at offsets 26 and 28, little-endian).
        if (head.Length < 30)
            return SpreadsheetFormat.Xlsx;
        int nameLength = head[26] | head[27] << 8, extraLength = head[28] | head[29] << 8;
        var content = 30 + nameLength + extraLength;
        return head.Length > 30 + nameLength && head.Slice(30, nameLength).SequenceEqual("mimetype"u8)
            && content < head.Length && head[content..].StartsWith(OdsMimetype)
            ? SpreadsheetFormat.Ods
            : SpreadsheetFormat.Xlsx;
    }

    /// <summary>What the clerk should do with an .ods or .xls; null for the others (their readers say what is wrong).</summary>
    public static string? SaveAsXlsx(SpreadsheetFormat format) => format switch
    {
        SpreadsheetFormat.Ods => "这是 OpenDocument 表格（.ods），不是 .xlsx 文件。请在表格软件中另存为“Excel 工作簿（.xlsx）”后再上传。",
        SpreadsheetFormat.Xls => "这是旧版 Excel 文件（.xls）或设了打开密码的工作簿，不是 .xlsx 文件。请在表格软件中另存为“Excel 工作簿（.xlsx）”（不设密码）后再上传。",
        _ => null,
    };
}
