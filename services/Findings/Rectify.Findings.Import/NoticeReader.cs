using System.Text;

namespace Rectify.Findings.Import;

/// <summary>A file that is not a readable notice (通报): empty, binary, an image, too large, or a broken .docx.</summary>
public sealed class NoticeFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The text of a notice (通报正文) and how it was stored.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Format">"utf-8", "utf-8-bom", "utf-16", "gb18030" or "docx".</param>
public sealed record NoticeText(string Text, string Format);

/// <summary>Turns the bytes of a notice file (通报文件) into text: .docx by its ZIP signature, UTF-8 with or without BOM, otherwise GB18030/GBK.</summary>
public static partial class NoticeReader
{
    /// <summary>Largest file accepted: 5 MB. The longest notice in the corpus is under 100 KB.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    static NoticeReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static NoticeText ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new NoticeFormatException($"{path}: no such file");
        if (info.Length > MaxBytes)
            throw new NoticeFormatException($"{path}: {info.Length} bytes is over the {MaxBytes / (1024 * 1024)} MB limit for a notice");
        return Read(File.ReadAllBytes(path), path);
    }

    public static NoticeText Read(ReadOnlySpan<byte> bytes, string name = "input")
    {
        if (bytes.Length > MaxBytes)
            throw new NoticeFormatException($"{name}: {bytes.Length} bytes is over the {MaxBytes / (1024 * 1024)} MB limit for a notice");
        if (bytes.Length == 0) throw new NoticeFormatException($"{name}: the file is empty");
        if (Signature(bytes) is { } kind)
            throw new NoticeFormatException($"{name}: this is {kind}, not a notice; give plain text (UTF-8 or GB18030/GBK) or .docx");
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return new NoticeText(ReadDocx(bytes.ToArray(), name), "docx");

        NoticeText result;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            result = new NoticeText(Decode(StrictUtf8, bytes[3..], name, "UTF-8"), "utf-8-bom");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var enc = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            result = new NoticeText(enc.GetString(bytes[2..]), "utf-16");
        }
        else
        {
            if (LooksBinary(bytes)) throw new NoticeFormatException($"{name}: binary data (control bytes), not a text notice");
            try { result = new NoticeText(StrictUtf8.GetString(bytes), "utf-8"); }
            catch (DecoderFallbackException)
            {
                result = new NoticeText(Decode(Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes, name, "GB18030"), "gb18030");
            }
        }
        if (string.IsNullOrWhiteSpace(result.Text)) throw new NoticeFormatException($"{name}: the file holds only white space");
        if (LooksBinary(result.Text)) throw new NoticeFormatException($"{name}: binary data (control characters), not a text notice");
        return result;
    }

    private static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes, string name, string label)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException ex)
        {
            throw new NoticeFormatException($"{name}: neither valid UTF-8 nor valid {label} text", ex);
        }
    }

    private static string? Signature(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "a PNG image"
        : b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "a JPEG image"
        : b.StartsWith("GIF8"u8) ? "a GIF image"
        : b.StartsWith("%PDF"u8) ? "a PDF document (export it as text or .docx)"
        : b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) ? "an old binary Office file (.doc); save it as .docx"
        : b.StartsWith("BM"u8) && b.Length > 14 && b[6] == 0 && b[7] == 0 ? "a BMP image"
        : null;

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var c in sample)
        {
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20)) control++;
        }
        return control * 100 > sample.Length;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
            if ((c < 0x09 || (c > 0x0D && c < 0x20)) || c == '\uFFFD') control++;
        return control * 100 > sample.Length;
    }
}
