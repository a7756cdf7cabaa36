using Microsoft.AspNetCore.Builder;
using Rectify.ServiceDefaults.Messaging;

namespace Rectify.ServiceDefaults.Hosting;

/// <summary>
/// What a service contributes to a host. A service's own process hosts its one module; the embedded
/// default hosts all five in one process through exactly the same registration.
/// </summary>
/// <param name="Name">Schema, database file, queue and OpenAPI document name, e.g. "units".</param>
public sealed record ServiceModule(
    string Name,
    Action<WebApplicationBuilder> AddServices,
    Action<ServiceConsumers> AddConsumers,
    Action<WebApplication> MapEndpoints);
