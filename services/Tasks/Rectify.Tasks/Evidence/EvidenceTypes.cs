using System.IO.Compression;

namespace Rectify.Tasks.Evidence;

public sealed record EvidenceType(string Name, string ContentType, IReadOnlyList<string> Extensions);

/// <summary>
/// The accepted evidence types, told apart by their content: a name or a Content-Type header proves
/// nothing, and a program renamed to .pdf must not be offered to a reviewer as a PDF.
/// </summary>
public static class EvidenceTypes
{
    public static readonly EvidenceType Pdf = new("pdf", "application/pdf", [".pdf"]);
    public static readonly EvidenceType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly EvidenceType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly EvidenceType Jpg = new("jpg", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly EvidenceType Png = new("png", "image/png", [".png"]);
    public static readonly IReadOnlyList<EvidenceType> All = [Pdf, Docx, Xlsx, Jpg, Png];

    public static EvidenceType ByName(string name) => All.First(t => t.Name == name);

    /// <summary>The type the bytes are, or null when they are none of the accepted ones.</summary>
    public static EvidenceType? Detect(Stream content)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8))
            return Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return Jpg;
        if (head.StartsWith("PK\u0003\u0004"u8))
            return OfficeDocument(content);
        return null;
    }

    /// <summary>The detected type when the declared name's extension is one of its own, else why not.</summary>
    public static (EvidenceType? Type, string? Problem) Check(Stream content, string fileName)
    {
        var detected = Detect(content);
        if (detected is null)
            return (null, "只接受 pdf、docx、xlsx、jpg、png 格式的佐证材料（按文件内容判断）。");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!detected.Extensions.Contains(extension))
            return (null, $"文件内容是 {detected.Name}，与文件名的扩展名“{extension}”不符。");
        return (detected, null);
    }

    // A .docx or .xlsx is a ZIP with an OPC content-type list and its main part under word/ or xl/.
    // Macro-enabled documents (a vbaProject part) are refused: evidence is read, never run.
    private static EvidenceType? OfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml") || names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                return null;
            if (names.Contains("word/document.xml"))
                return Docx;
            if (names.Contains("xl/workbook.xml"))
                return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
