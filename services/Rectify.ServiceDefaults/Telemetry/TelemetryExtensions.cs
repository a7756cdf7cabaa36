using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Rectify.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    private static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Yarp.ReverseProxy", RectifyTelemetry.Name];
    private static readonly string[] Meters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "MassTransit", RectifyTelemetry.Name];

    /// <summary>
    /// Traces, metrics and logs through the OpenTelemetry SDK directly (the hosting and
    /// instrumentation packages are absent here); OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static WebApplicationBuilder AddDefaultTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var spanFile = builder.Configuration["Telemetry:SpanFile"];
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);

        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(Sources);
            if (otlp)
                tracing.AddOtlpExporter();
            if (!string.IsNullOrWhiteSpace(spanFile))
                tracing.AddProcessor(new SimpleActivityExportProcessor(new SpanFileExporter(spanFile, serviceName)));
            return tracing.Build();
        });
        builder.Services.AddSingleton(_ =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Meters);
            if (otlp)
                metrics.AddOtlpExporter();
            return metrics.Build();
        });
        builder.Services.AddHostedService<TelemetryStarter>();

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeScopes = true;
            if (otlp)
                logging.AddOtlpExporter();
        });
        return builder;
    }

    /// <summary>Providers only listen once resolved; resolve them before the first request.</summary>
    private sealed class TelemetryStarter(TracerProvider tracer, MeterProvider meter) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            tracer.ForceFlush(2000);
            meter.ForceFlush(2000);
            return Task.CompletedTask;
        }
    }

    public static IApplicationBuilder UseRouteSpans(this IApplicationBuilder app) => app.UseMiddleware<RouteSpanMiddleware>();
}
