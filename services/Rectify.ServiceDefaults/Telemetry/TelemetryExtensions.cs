using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Rectify.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    // MassTransit and YARP emit through their own sources and meters; no instrumentation package needed.
    private static readonly string[] Sources = ["MassTransit", "Yarp.ReverseProxy", RectifyTelemetry.Name];
    private static readonly string[] Meters = ["MassTransit", RectifyTelemetry.Name];

    /// <summary>
    /// Traces, metrics and logs with the standard hosting and instrumentation packages (server spans
    /// named by route and tagged with the status); OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and a
    /// span file when <c>Telemetry:SpanFile</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddDefaultTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var spanFile = builder.Configuration["Telemetry:SpanFile"];
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(Sources);
                if (!string.IsNullOrWhiteSpace(spanFile))
                    tracing.AddProcessor(new SimpleActivityExportProcessor(new SpanFileExporter(spanFile, serviceName)));
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddMeter(Meters))
            .WithLogging(_ => { }, options => options.IncludeScopes = true);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
        return builder;
    }
}
