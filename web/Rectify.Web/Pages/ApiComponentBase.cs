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

    /// <summary>The status of the last failed call, when the gateway answered one (403 forbidden, 404 out of scope).</summary>
    protected System.Net.HttpStatusCode? LastFailure { get; private set; }

    /// <summary>When the last failed call was a stale write (409/412): who changed the thing meanwhile, as the service said.</summary>
    protected ApiConflict? LastConflict { get; private set; }

    /// <summary>"李四 changed the deadline at 10:02; reload": the conflict worded for the user, null when the service named nobody.</summary>
    protected string? ChangedByMessage() => LastConflict is { ChangedBy: { } who } conflict
        ? T["ChangedBy", who, conflict.ChangedAt?.ToLocalTime().ToString("yyyy-MM-dd HH:mm") ?? "",
            string.Join("、", conflict.ChangedFields.Select(f => T["Audit_" + f] is { ResourceNotFound: false } label ? label.Value : f))].Value
        : null;

    /// <summary>True when the last failed call was refused (403) rather than broken.</summary>
    protected bool LastCallForbidden => LastFailure == System.Net.HttpStatusCode.Forbidden;

    /// <summary>The label for a code when one exists (a resource key), else the value as the API wrote it.</summary>
    protected string Label(string? key, string? value) => key is null ? value ?? "" : T[key];

    /// <summary>Whether the signed-in user may change inspections (GET api/units/me); false when that cannot be told.</summary>
    protected async Task<bool> CanWriteFindingsAsync()
    {
        MyProfile? profile = null;
        return await CallApiAsync(async () => profile = await Api.GetProfileAsync()) && InspectionLabels.CanWrite(profile);
    }

    /// <summary>Why a write failed, for the message above its form (409: someone changed the same tree meanwhile).</summary>
    protected string WriteFailedMessage() => LastFailure switch
    {
        System.Net.HttpStatusCode.Forbidden => T["Forbidden"],
        System.Net.HttpStatusCode.Conflict => T["InspectionChanged"],
        System.Net.HttpStatusCode.NotFound => T["InspectionNotFound"],
        _ => T["SaveFailed"],
    };

    /// <summary>Runs an API call; false when it failed (already logged) or the user is being sent to sign in.</summary>
    protected async Task<bool> CallApiAsync(Func<Task> call)
    {
        LastFailure = null;
        LastConflict = null;
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
            LastFailure = e.Status;
            LastConflict = e.Conflict;
            Logger.LogWarning(e, "Gateway call failed: {Message}", e.Message);
            return false;
        }
    }
}
