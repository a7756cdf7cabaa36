namespace Rectify.Cli;

/// <summary>Where Rectify is and who signs in: options first, then RECTIFY_URL / RECTIFY_USER / RECTIFY_PASSWORD.</summary>
public sealed record CliOptions(Uri BaseUrl, string? User, string? Password, IReadOnlyList<string> Arguments)
{
    public static CliOptions Parse(string[] args, Func<string, string?> environment)
    {
        string? url = environment("RECTIFY_URL"), user = environment("RECTIFY_USER"), password = environment("RECTIFY_PASSWORD");
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--url" when i + 1 < args.Length: url = args[++i]; break;
                case "--user" when i + 1 < args.Length: user = args[++i]; break;
                case "--password" when i + 1 < args.Length: password = args[++i]; break;
                default: rest.Add(args[i]); break;
            }
        }
        var baseUrl = new Uri(string.IsNullOrWhiteSpace(url) ? "http://localhost:8080" : url, UriKind.Absolute);
        return new CliOptions(baseUrl, user ?? "admin", password, rest);
    }
}
