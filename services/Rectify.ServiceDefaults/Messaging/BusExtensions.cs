using Microsoft.Extensions.Configuration;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.ServiceDefaults.Health;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.ServiceDefaults.Messaging;

public static class BusExtensions
{
    /// <summary>MassTransit 8 (v9 is commercial) on RabbitMQ or in memory, chosen by <c>Bus:Transport</c>.</summary>
    public static WebApplicationBuilder AddServiceBus(this WebApplicationBuilder builder, IEnumerable<ServiceModule> modules)
    {
        var options = builder.Configuration.GetSection("Bus").Get<BusOptions>() ?? new BusOptions();
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            // Otherwise the first publish can race the queue bindings.
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromMinutes(1);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddSingleton(sp => new BusLivenessCheck(sp.GetRequiredService<IBusControl>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHealthChecks().AddCheck<BusLivenessCheck>("bus-liveness", tags: [HealthTags.Live]);
        builder.Services.AddMassTransit(bus =>
        {
            foreach (var module in modules)
                module.AddConsumers(new ServiceConsumers(bus, module.Name));

            if (string.Equals(options.Transport, BusOptions.RabbitMq, StringComparison.OrdinalIgnoreCase))
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(options.Host));
                    Configure(cfg, context);
                });
            else
                bus.UsingInMemory((context, cfg) => Configure(cfg, context));
        });
        return builder;
    }

    private static void Configure<T>(IBusFactoryConfigurator<T> cfg, IBusRegistrationContext context)
        where T : IReceiveEndpointConfigurator
    {
        // The marker interface is not a message of its own: no exchange for it.
        cfg.Publish<IIntegrationEvent>(p => p.Exclude = true);
        cfg.UseMessageRetry(r => r.Exponential(10, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
        cfg.ConfigureEndpoints(context);
    }
}
