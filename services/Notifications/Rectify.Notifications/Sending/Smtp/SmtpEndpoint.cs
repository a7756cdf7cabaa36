namespace Rectify.Notifications.Sending.Smtp;

/// <summary>
/// <c>smtp://[user:pass@]host[:25]</c> plain, <c>smtp://…?starttls=true</c> upgraded with STARTTLS (required),
/// <c>smtps://…[:465]</c> TLS from the first byte. Credentials mean AUTH PLAIN or LOGIN, whichever the server offers.
/// </summary>
public sealed record SmtpEndpoint(string Host, int Port, bool ImplicitTls, bool StartTls, string? User, string? Password)
{
    public static SmtpEndpoint Parse(string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme is not ("smtp" or "smtps"))
            throw new InvalidOperationException($"Notifications:Smtp:Url must be smtp:// or smtps://, not {uri.Scheme}://.");
        var implicitTls = uri.Scheme == "smtps";
        var startTls = !implicitTls && uri.Query.Contains("starttls=true", StringComparison.OrdinalIgnoreCase);
        var port = uri.IsDefaultPort || uri.Port < 0 ? (implicitTls ? 465 : 25) : uri.Port;
        string? user = null, password = null;
        if (uri.UserInfo is { Length: > 0 } userInfo)
        {
            var parts = userInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        return new SmtpEndpoint(uri.Host, port, implicitTls, startTls, user, password);
    }

    public override string ToString() => $"{(ImplicitTls ? "smtps" : "smtp")}://{Host}:{Port}";
}
