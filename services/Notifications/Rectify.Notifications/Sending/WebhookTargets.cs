using System.Net;
using System.Net.Sockets;

namespace Rectify.Notifications.Sending;

/// <summary>
/// Where a webhook may point. A unit coordinator types the URL, so without this the service would
/// post to (and report back from) anything it can reach: other services, the broker, metadata
/// addresses. Allowed: https to the DingTalk / WeCom robot hosts or to a host in
/// <c>Notifications:Webhooks:AllowedHosts</c>, at public addresses only. An allow-list entry written
/// as an origin (<c>http://10.1.2.3:8080</c>, port optional) is an operator's explicit trust in that
/// one origin: any scheme, any address.
/// </summary>
public sealed class WebhookTargets
{
    public const string AllowListKey = "Notifications:Webhooks:AllowedHosts";
    public static readonly string[] RobotHosts = ["oapi.dingtalk.com", "qyapi.weixin.qq.com"];

    private readonly List<string> _hosts = [];
    private readonly List<Uri> _origins = [];

    public WebhookTargets(IConfiguration configuration)
    {
        foreach (var entry in Entries(configuration.GetSection(AllowListKey)))
        {
            if (entry.Contains("://", StringComparison.Ordinal))
            {
                if (!Uri.TryCreate(entry, UriKind.Absolute, out var origin))
                    throw new InvalidOperationException($"{AllowListKey}: '{entry}' is not an origin such as http://10.1.2.3:8080.");
                _origins.Add(origin);
            }
            else
                _hosts.Add(entry.ToLowerInvariant());
        }
    }

    /// <summary>Why the URL may not be used, or null when it may.</summary>
    public string? Refusal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return "A webhook URL is an absolute https:// address.";
        if (uri.UserInfo.Length > 0)
            return "A webhook URL carries no user name or password.";
        if (IsTrustedOrigin(uri))
            return null;
        if (uri.Scheme != "https")
            return "A webhook URL must use https.";
        if (!HostAllowed(uri.IdnHost.ToLowerInvariant()))
            return $"Only the DingTalk and WeCom robot hosts ({string.Join(", ", RobotHosts)}) or hosts the operator allowed ({AllowListKey}) may receive webhooks.";
        if (IPAddress.TryParse(uri.IdnHost, out var address) && PrivateAddresses.Contains(address))
            return "A webhook may not point at a private, loopback or link-local address.";
        return null;
    }

    /// <summary>An origin the operator listed explicitly: its addresses are not checked.</summary>
    public bool IsTrustedOrigin(Uri uri) => _origins.Any(o =>
        string.Equals(o.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(o.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase)
        && (o.IsDefaultPort || o.Port == uri.Port));

    private bool HostAllowed(string host) =>
        RobotHosts.Contains(host) || _hosts.Any(h => h == host || (h.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(h[1..], StringComparison.Ordinal)));

    /// <summary>Array entries (<c>AllowedHosts:0</c>, …) or one comma-separated value (handy in one environment variable).</summary>
    private static IEnumerable<string> Entries(IConfigurationSection section) =>
        (section.Value is { Length: > 0 } single ? single.Split(',', ';') : section.GetChildren().Select(c => c.Value ?? ""))
        .Select(e => e.Trim()).Where(e => e.Length > 0);
}

/// <summary>Addresses no webhook may reach unless its origin is trusted explicitly (IPv4 and IPv6, mapped forms included).</summary>
public static class PrivateAddresses
{
    private static readonly IPNetwork[] Blocked = [.. new[]
    {
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24",
        "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
        "::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    }.Select(IPNetwork.Parse)];

    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return Blocked.Any(n => n.BaseAddress.AddressFamily == address.AddressFamily && n.Contains(address));
    }
}

/// <summary>The connection a webhook would open went to a refused address (found when the name was resolved, at connect time).</summary>
public sealed class WebhookAddressRefusedException() : Exception("The webhook host resolves to a private, loopback or link-local address.");

/// <summary>Opens webhook connections itself, so the addresses checked are the addresses connected to (no DNS-rebinding gap).</summary>
public static class WebhookConnections
{
    public static SocketsHttpHandler Handler(WebhookTargets targets) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = (context, ct) => ConnectAsync(targets, context, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(WebhookTargets targets, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        var trusted = context.InitialRequestMessage.RequestUri is { } uri && targets.IsTrustedOrigin(uri);
        if (addresses.Length == 0 || (!trusted && addresses.Any(PrivateAddresses.Contains)))
            throw new WebhookAddressRefusedException();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
