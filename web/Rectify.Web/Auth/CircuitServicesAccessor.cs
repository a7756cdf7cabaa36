using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Rectify.Web.Auth;

/// <summary>
/// Lets code running in another DI scope (HttpClient message handlers get their own) reach the services
/// of the Blazor circuit that started the call; the pattern from the ASP.NET Core Blazor DI docs.
/// </summary>
public sealed class CircuitServicesAccessor
{
    private static readonly AsyncLocal<IServiceProvider?> CurrentServices = new();

    public IServiceProvider? Services
    {
        get => CurrentServices.Value;
        set => CurrentServices.Value = value;
    }
}

internal sealed class CircuitServicesAccessorHandler(IServiceProvider services, CircuitServicesAccessor accessor)
    : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            accessor.Services = services;
            await next(context);
            accessor.Services = null;
        };
}
