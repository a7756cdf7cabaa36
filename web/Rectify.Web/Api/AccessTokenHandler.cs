using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Web.Auth;

namespace Rectify.Web.Api;

/// <summary>Adds "Authorization: Bearer &lt;token&gt;" with the token kept in the signed-in user's cookie.</summary>
/// <remarks>
/// Inside an interactive circuit HttpContext must not be used, so the user comes from the circuit's
/// AuthenticationStateProvider; during static rendering and prerendering it comes from the request.
/// </remarks>
internal sealed class AccessTokenHandler(CircuitServicesAccessor circuit, IHttpContextAccessor http)
    : DelegatingHandler
{
    /// <summary>Set on a request that must go out without the user's token (the token request itself).</summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("Rectify.Web.Anonymous");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Anonymous, out var anonymous) && anonymous)
        {
            // Signing in: the gateway's sign-in limits must count the browser, not this host.
            if (http.HttpContext?.Connection.RemoteIpAddress is { } browser)
            {
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", browser.ToString());
            }
        }
        else
        {
            var token = WebClaims.AccessTokenOf(await CurrentUserAsync());
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<ClaimsPrincipal?> CurrentUserAsync()
    {
        if (circuit.Services is { } services)
        {
            var state = await services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
            return state.User;
        }

        return http.HttpContext?.User;
    }
}
