using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rectify.Gateway.Tests.Infrastructure;

/// <summary>What a fake service saw of one forwarded request; also its response body.</summary>
public sealed record SeenRequest(string Service, string Method, string Path, string? Authorization, string? Traceparent, long BodyBytes, string? Host = null);

/// <summary>
/// A stand-in service on a real socket (127.0.0.1, random port): answers <c>/health/ready</c> and
/// echoes everything else; <c>/status/{code}</c> anywhere in the path answers that status, empty.
/// </summary>
public sealed class FakeDestination : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile TaskCompletionSource? _readinessGate;

    private FakeDestination(string service, WebApplication app)
    {
        Service = service;
        _app = app;
    }

    public string Service { get; }
    public Uri Address { get; private set; } = null!;
    public ConcurrentQueue<SeenRequest> Seen { get; } = new();

    /// <summary>What <c>/health/ready</c> answers.</summary>
    public volatile bool Ready = true;

    /// <summary>Holds readiness probes unanswered until the returned gate is opened.</summary>
    public TaskCompletionSource HoldReadinessProbes() =>
        _readinessGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool SawPath(string path) => Seen.Any(r => r.Path == path);

    public static async Task<FakeDestination> StartAsync(string service)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var destination = new FakeDestination(service, app);
        app.MapGet("/health/ready", async () =>
        {
            if (destination._readinessGate is { } gate)
                await gate.Task;
            return destination.Ready ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        app.Map("/{**rest}", (Func<HttpContext, Task<IResult>>)destination.EchoAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        destination.Address = new Uri(address);
        return destination;
    }

    private async Task<IResult> EchoAsync(HttpContext context)
    {
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var seen = new SeenRequest(
            Service,
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["traceparent"].FirstOrDefault(),
            body.Length,
            context.Request.Host.Value);
        Seen.Enqueue(seen);
        var segments = context.Request.Path.Value!.Split('/');
        var status = Array.IndexOf(segments, "status");
        if (status >= 0 && status + 1 < segments.Length && int.TryParse(segments[status + 1], out var code))
            return Results.StatusCode(code);
        return Results.Json(seen);
    }

    public async ValueTask DisposeAsync()
    {
        _readinessGate?.TrySetResult();
        await _app.DisposeAsync();
    }
}
