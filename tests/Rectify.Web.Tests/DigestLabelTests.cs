using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Rectify.Web.Pages.Notifications;

namespace Rectify.Web.Tests;

/// <summary>The weekly digest's codes in the schedules and delivery views read as words, not as the API's codes.</summary>
public class DigestLabelTests
{
    [Fact]
    public void Digest_subject_rule_and_tiers_have_Chinese_labels()
    {
        using var factory = new WebUiFactory();
        using var scope = factory.Services.CreateScope();
        var t = scope.ServiceProvider.GetRequiredService<IStringLocalizer<UiText>>();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        try
        {
            Assert.Equal("每周汇总", NotificationLabels.Subject(t, "weekly_digest"));
            Assert.Equal("每周汇总", NotificationLabels.Rule(t, "weekly"));
            Assert.Equal("整改办联络员", NotificationLabels.Tier(t, "coordinator"));
            Assert.Equal("工作群机器人", NotificationLabels.Tier(t, "group"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
