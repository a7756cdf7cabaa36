using System.Collections;
using System.Globalization;
using System.Resources;

namespace Rectify.Web.Tests;

public class ResourceTests
{
    private static readonly ResourceManager Resources = new("Rectify.Web.Resources.UiText", typeof(UiText).Assembly);

    private static Dictionary<string, string> Strings(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Chinese_and_English_have_the_same_keys()
    {
        var chinese = Strings(CultureInfo.InvariantCulture);
        var english = Strings(new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
        Assert.All(chinese.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void The_default_strings_are_Chinese()
    {
        Assert.Equal("用户名或密码错误", Resources.GetString("SignInFailed", new CultureInfo("zh-CN")));
        Assert.Equal("被巡察单位", Resources.GetString("NavUnits", new CultureInfo("zh-CN")));
        Assert.Equal("Incorrect user name or password", Resources.GetString("SignInFailed", new CultureInfo("en")));
    }

    [Fact]
    public void Format_placeholders_match_between_languages()
    {
        var english = Strings(new CultureInfo("en"));
        foreach (var (key, chinese) in Strings(CultureInfo.InvariantCulture))
        {
            Assert.True(chinese.Contains("{0}") == english[key].Contains("{0}"), key);
        }
    }
}
