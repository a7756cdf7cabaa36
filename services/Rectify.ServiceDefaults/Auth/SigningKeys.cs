using System.Security.Cryptography;

namespace Rectify.ServiceDefaults.Auth;

/// <summary>
/// The built-in issuer's RSA key. Created once, atomically, so several processes starting together
/// on one data folder end up with the same key.
/// </summary>
public static class SigningKeys
{
    public static RSA LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var fresh = RSA.Create(2048);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temp, fresh.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temp); // another process won the race; use its key
            }
        }
        return Load(path);
    }

    public static RSA Load(string path)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return rsa;
    }
}
