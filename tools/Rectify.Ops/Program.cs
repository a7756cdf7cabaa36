using System.Security.Cryptography;

namespace Rectify.Ops;

public static class Program
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["probe"] => await ProbeAsync(AliveUrl(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"))),
        ["probe", var url] => await ProbeAsync(url),
        ["keygen", var privatePath, var publicPath] => KeyGen(privatePath, publicPath),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Rectify.Ops probe [url] | keygen <private.pem> <public.pem>");
        return 2;
    }

    /// <summary>
    /// <c>/alive</c> on loopback at the first address the app listens on (<c>http://+:5103</c> →
    /// <c>http://127.0.0.1:5103/alive</c>): one HEALTHCHECK line serves every image.
    /// </summary>
    public static string AliveUrl(string? urls)
    {
        var first = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
            return "";
        var port = first[(first.LastIndexOf(':') + 1)..].TrimEnd('/');
        return $"{first[..first.IndexOf("://", StringComparison.Ordinal)]}://127.0.0.1:{port}/alive";
    }

    /// <summary>Exits 0 when the URL answers 2xx within eight seconds, 1 otherwise (a busy node starting several .NET processes can take seconds to answer its first request).</summary>
    public static async Task<int> ProbeAsync(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return Usage();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(8) };
        try
        {
            using var response = await http.GetAsync(uri);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{uri}: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Creates the private key (PKCS#8 PEM, RSA 2048, mode 0600) unless it exists, then (re)writes its
    /// public half (SPKI PEM), the one file the services, the gateway and the web host get
    /// (<c>Auth__PublicKeyPath</c>). Only the units service gets the private key (<c>Auth__SigningKeyPath</c>).
    /// </summary>
    public static int KeyGen(string privatePath, string publicPath)
    {
        using var rsa = RSA.Create();
        if (File.Exists(privatePath))
        {
            rsa.ImportFromPem(File.ReadAllText(privatePath));
            Console.WriteLine($"kept the existing private key {privatePath}");
        }
        else
        {
            rsa.KeySize = 2048;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(privatePath))!);
            var temp = privatePath + ".tmp";
            File.WriteAllText(temp, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(temp, privatePath);
            Console.WriteLine($"created the private key {privatePath}");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(publicPath))!);
        File.WriteAllText(publicPath, rsa.ExportSubjectPublicKeyInfoPem());
        Console.WriteLine($"wrote the public key {publicPath}");
        return 0;
    }
}
