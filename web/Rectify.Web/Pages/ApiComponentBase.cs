using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Rectify.Web.Api;
using Rectify.Web.Auth;

namespace Rectify.Web.Pages;

/// <summary>Base for components that call the gateway: one place for "401 → sign in again" and failure logging.</summary>
public abstract class ApiComponentBase : ComponentBase
{
    [Inject] protected RectifyApiClient Api { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] protected IStringLocalizer<UiText> T { get; set; } = default!;
    [Inject] private ILogger<ApiComponentBase> Logger { get; set; } = default!;

    /// <summary>Runs an API call; false when it failed (already logged) or the user is being sent to sign in.</summary>
    protected async Task<bool> CallApiAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ApiUnauthorizedException)
        {
            var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            Navigation.NavigateTo(WebAuth.SignInUrl(here, expired: true), forceLoad: true);
            return false;
        }
        catch (ApiFailedException e)
        {
            Logger.LogWarning(e, "Gateway call failed: {Message}", e.Message);
            return false;
        }
    }
}
