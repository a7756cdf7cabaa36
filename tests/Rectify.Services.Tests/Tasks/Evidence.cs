using System.IO.Compression;
using System.Text;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Small files of each kind, real enough for detection by content; each call differs unless told otherwise.</summary>
public static class Evidence
{
    public static byte[] Png(string? tail = null) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Tail(tail)];

    public static byte[] Jpeg(string? tail = null) => [0xFF, 0xD8, 0xFF, 0xE0, .. Tail(tail)];

    public static byte[] Pdf(string? tail = null) => [.. "%PDF-1.7\n"u8.ToArray(), .. Tail(tail), .. "\n%%EOF\n"u8.ToArray()];

    /// <summary>A Windows program's first bytes.</summary>
    public static byte[] Exe() => [0x4D, 0x5A, 0x90, 0x00, .. Tail(null)];

    public static byte[] Docx() => Zip("word/document.xml");

    public static byte[] Xlsx() => Zip("xl/workbook.xml");

    private static byte[] Zip(string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", mainPart })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes($"<x id=\"{Guid.NewGuid()}\"/>"));
            }
        }
        return stream.ToArray();
    }

    private static byte[] Tail(string? tail) => Encoding.UTF8.GetBytes(tail ?? Guid.NewGuid().ToString());
}
