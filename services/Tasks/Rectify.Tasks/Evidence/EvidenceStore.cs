using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Rectify.ServiceDefaults.Data;

namespace Rectify.Tasks.Evidence;

/// <summary>
/// Evidence bytes on disk under <c>RECTIFY_DATA_DIR/tasks-evidence/</c>, named by their SHA-256
/// (<c>ab/abcdef…</c>). Content-addressed: the same file uploaded twice is stored once, and a file is
/// never overwritten or deleted, so a row can never point at other bytes than it was saved with.
/// </summary>
public sealed class EvidenceStore(IConfiguration configuration)
{
    private readonly string _root = Path.Combine(DataDirectory.Resolve(configuration), "tasks-evidence");

    /// <summary>Copies an upload to a temporary file while hashing it; refuses more than <paramref name="maxBytes"/>.</summary>
    public async Task<StagedEvidence> StageAsync(Stream upload, long maxBytes, CancellationToken ct)
    {
        var staging = Path.Combine(_root, "staging");
        Directory.CreateDirectory(staging);
        var path = Path.Combine(staging, Guid.NewGuid().ToString("N"));
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var staged = new StagedEvidence(file, path);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await upload.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                    throw new EvidenceTooLargeException();
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            staged.Size = size;
            staged.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return staged;
        }
        catch
        {
            await staged.DisposeAsync();
            throw;
        }
    }

    /// <summary>Puts the staged bytes in place under their hash, unless that content is already stored.</summary>
    public async Task KeepAsync(StagedEvidence staged, CancellationToken ct)
    {
        var target = PathOf(staged.Sha256);
        if (File.Exists(target))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Copy to a temporary name beside the target, then rename: a reader never sees half a file.
        var partial = target + "." + Guid.NewGuid().ToString("N") + ".part";
        staged.Content.Position = 0;
        await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            await staged.Content.CopyToAsync(output, ct);
        try
        {
            File.Move(partial, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(partial); // the same content arrived at the same time: either copy is the file
        }
    }

    public Stream? Open(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(_root, sha256[..2], sha256)
            : throw new ArgumentException("Not a SHA-256 in lower-case hex.", nameof(sha256));
}

/// <summary>An upload in a temporary file (deleted when disposed), with its size and hash once read.</summary>
public sealed class StagedEvidence(FileStream content, string path) : IAsyncDisposable
{
    public FileStream Content { get; } = content;
    public string Path { get; } = path;
    public long Size { get; internal set; }
    public string Sha256 { get; internal set; } = "";

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

public sealed class EvidenceTooLargeException() : Exception("The file is larger than the evidence limit.");
