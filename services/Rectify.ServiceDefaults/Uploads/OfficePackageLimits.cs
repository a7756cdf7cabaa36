using System.IO.Compression;

namespace Rectify.ServiceDefaults.Uploads;

/// <summary>An Office file (.xlsx, .docx) that would take too much to unpack or read: refused whole, nothing written.</summary>
public sealed class OfficePackageTooLargeException(string message) : Exception(message);

/// <summary>
/// .xlsx and .docx are ZIP archives whose parts may unpack to hundreds of times their size (a "zip
/// bomb"). Before the Open XML SDK loads a part, the archive's own directory is read: each part
/// and the whole must unpack within limits far above any real directory, ledger or notice. .NET's
/// ZIP reader checks each entry's declared size against what it unpacks, so a directory that lies
/// fails as a corrupt file rather than filling memory.
/// </summary>
public static class OfficePackageLimits
{
    public const long MaxPartBytes = 20L * 1024 * 1024;
    public const long MaxTotalBytes = 50L * 1024 * 1024;
    public const int MaxParts = 1000;

    /// <summary>Characters the Open XML SDK may load from one part (its <c>OpenSettings.MaxCharactersInPart</c>).</summary>
    public const long MaxCharactersInPart = MaxPartBytes;

    /// <summary>Sheets are read up to column AZ; a cell beyond is refused, not padded up to XFD.</summary>
    public const int MaxColumns = 52;
    public const string LastColumn = "AZ";

    /// <summary>Rows a sheet may have: a directory or a ledger is thousands of rows, never this.</summary>
    public const int MaxRows = 50_000;

    /// <summary>Throws <see cref="OfficePackageTooLargeException"/> naming <paramref name="name"/>; leaves the stream at its start.</summary>
    public static void Check(Stream package, string name)
    {
        var start = package.Position;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxParts)
                throw new OfficePackageTooLargeException($"{name}: {zip.Entries.Count} parts, more than the {MaxParts} an Office file may have here.");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes)
                    throw new OfficePackageTooLargeException($"{name}: part {entry.FullName} unpacks to {Megabytes(entry.Length)} MB, over the {Megabytes(MaxPartBytes)} MB limit.");
                total += entry.Length;
            }
            if (total > MaxTotalBytes)
                throw new OfficePackageTooLargeException($"{name}: unpacks to {Megabytes(total)} MB, over the {Megabytes(MaxTotalBytes)} MB limit.");
        }
        catch (InvalidDataException)
        {
            // Not a readable ZIP: the caller's own reader reports that in its own words.
        }
        finally
        {
            package.Position = start;
        }
    }

    public static void Check(ReadOnlyMemory<byte> package, string name)
    {
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(package, out var segment))
        {
            using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
            Check(stream, name);
        }
        else
        {
            using var stream = new MemoryStream(package.ToArray(), writable: false);
            Check(stream, name);
        }
    }

    private static long Megabytes(long bytes) => (bytes + 1024 * 1024 - 1) / (1024 * 1024);
}
