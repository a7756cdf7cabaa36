using MassTransit;

namespace Rectify.ServiceDefaults.Messaging;

/// <summary>
/// Registers a service's consumers on one receive endpoint named after the service, so each
/// service has its own durable queue, also when several services share one bus (embedded default).
/// </summary>
public sealed class ServiceConsumers(IBusRegistrationConfigurator bus, string serviceName)
{
    public ServiceConsumers Add<TConsumer>() where TConsumer : class, IConsumer
    {
        bus.AddConsumer<TConsumer>().Endpoint(e => e.Name = serviceName);
        return this;
    }
}
