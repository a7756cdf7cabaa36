using Rectify.Web.Api;

namespace Rectify.Web.Pages.Notifications;

/// <summary>The notification pages: the caller's profile (GET api/units/me) decides the tabs and the forms shown.</summary>
public abstract class NotificationPageBase : ApiComponentBase
{
    protected MyProfile? Profile { get; private set; }

    protected bool CanManage => NotificationLabels.CanManage(Profile);

    protected bool IsAdministrator => NotificationLabels.IsAdministrator(Profile);

    /// <summary>Without the profile the pages still show what the caller may read; only the extra tabs and forms stay hidden.</summary>
    protected async Task LoadProfileAsync()
    {
        MyProfile? profile = null;
        Profile = await CallApiAsync(async () => profile = await Api.GetProfileAsync()) ? profile : null;
    }

    /// <summary>Why a write without a form failed (mark read, remove a day): refused, or broken.</summary>
    protected string ActionFailedMessage() => LastCallForbidden ? T["Forbidden"] : T["SaveFailed"];

    /// <summary>The units the caller sees, for the filters and unit names; empty when they cannot be read.</summary>
    protected async Task<List<UnitSummary>> VisibleUnitsAsync()
    {
        List<UnitSummary>? units = null;
        return await CallApiAsync(async () => units = await Api.GetUnitsAsync()) ? units ?? [] : [];
    }
}
