using System.Diagnostics;
using System.Net.Sockets;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real RabbitMQ the suite runs against: where it is (<c>RECTIFY_RABBITMQ</c>), and
/// <c>rabbitmqctl</c> for virtual hosts, queue depths and restarting the node's application.
/// Never skips: a missing broker is a failure that says how to get one.
/// </summary>
public static class Broker
{
    public const string HowToStart =
        "Run the suite with `./rectify test` (it installs and starts RabbitMQ), or start it yourself: " +
        "`RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 rabbitmq-server -detached && rabbitmqctl await_startup --timeout 60`, " +
        "and point RECTIFY_RABBITMQ at it (default amqp://guest:guest@127.0.0.1:5672/).";

    /// <summary>The broker's root address, always ending in "/" (no virtual host).</summary>
    public static Uri Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("RECTIFY_RABBITMQ");
            var uri = new Uri(string.IsNullOrWhiteSpace(configured) ? "amqp://guest:guest@127.0.0.1:5672/" : configured);
            return new UriBuilder(uri) { Path = "/" }.Uri;
        }
    }

    /// <summary>
    /// MassTransit reads the virtual host from the address's single path segment
    /// (<c>amqp://user:pass@host:port/vhost</c>); "/" alone is the default vhost.
    /// </summary>
    public static string AddressOf(string vhost) =>
        new UriBuilder(Root) { Path = "/" + Uri.EscapeDataString(vhost) }.Uri.ToString();

    public static async Task RequireReachableAsync(CancellationToken ct = default)
    {
        var root = Root;
        var port = root.Port > 0 ? root.Port : 5672;
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await client.ConnectAsync(root.Host, port, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not reachable at {root.Host}:{port} ({ex.Message}). {HowToStart}", ex);
        }
    }

    /// <summary>Is anything accepting connections on the AMQP port right now?</summary>
    public static async Task<bool> IsListeningAsync()
    {
        try
        {
            await RequireReachableAsync();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static async Task CreateVirtualHostAsync(string vhost)
    {
        await CtlAsync("add_vhost", vhost);
        var user = Root.UserInfo.Split(':')[0];
        await CtlAsync("set_permissions", "-p", vhost, string.IsNullOrEmpty(user) ? "guest" : Uri.UnescapeDataString(user), ".*", ".*", ".*");
    }

    public static async Task DeleteVirtualHostAsync(string vhost)
    {
        try
        {
            await CtlAsync("delete_vhost", vhost);
        }
        catch (Exception)
        {
            // Best effort at the end of a test: the vhost's name is unique, a leftover harms nobody.
        }
    }

    /// <summary>Messages ready plus unacknowledged, per queue of the virtual host.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> QueueDepthsAsync(string vhost)
    {
        var output = await CtlAsync("-q", "list_queues", "-p", vhost, "--no-table-headers", "name", "messages_ready", "messages_unacknowledged");
        var depths = new Dictionary<string, long>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('\t', ' ').Where(p => p.Length > 0).ToArray();
            if (parts.Length == 3 && long.TryParse(parts[1], out var ready) && long.TryParse(parts[2], out var unacked))
                depths[parts[0]] = ready + unacked;
        }
        return depths;
    }

    /// <summary>Consumers attached to each queue of the virtual host (a service's endpoint is its queue).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> ConsumersAsync(string vhost)
    {
        var output = await CtlAsync("-q", "list_queues", "-p", vhost, "--no-table-headers", "name", "consumers");
        var consumers = new Dictionary<string, long>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('\t', ' ').Where(p => p.Length > 0).ToArray();
            if (parts.Length == 2 && long.TryParse(parts[1], out var count))
                consumers[parts[0]] = count;
        }
        return consumers;
    }

    /// <summary>Stops the RabbitMQ application on the node (the Erlang node stays up): every connection drops.</summary>
    public static Task StopAppAsync() => CtlAsync("stop_app");

    public static async Task StartAppAsync()
    {
        await CtlAsync("start_app");
        await CtlAsync("await_startup", "--timeout", "60");
    }

    public static string RabbitMqCtl =>
        File.Exists("/usr/sbin/rabbitmqctl") ? "/usr/sbin/rabbitmqctl" : "rabbitmqctl";

    public static async Task<string> CtlAsync(params string[] args)
    {
        var start = new ProcessStartInfo(RabbitMqCtl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"rabbitmqctl is needed to manage the broker but could not be run ({ex.Message}). {HowToStart}", ex);
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} did not finish within 90 s");
            }
            var output = await stdout;
            if (process.ExitCode != 0)
                throw new InvalidOperationException(
                    $"rabbitmqctl {string.Join(' ', args)} failed (exit {process.ExitCode}): {output}{await stderr}\n{HowToStart}");
            return output;
        }
    }
}
