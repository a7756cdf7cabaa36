using Microsoft.Extensions.Configuration;

namespace Rectify.ServiceDefaults.Data;

public static class DataDirectory
{
    /// <summary><c>RECTIFY_DATA_DIR</c>, or <c>./data</c> under the working directory.</summary>
    public static string Resolve(IConfiguration configuration)
    {
        var path = Path.GetFullPath(configuration["RECTIFY_DATA_DIR"] is { Length: > 0 } dir ? dir : "data");
        Directory.CreateDirectory(path);
        return path;
    }
}
