namespace Rectify.Web.Tests;

/// <summary>Posts a page's form the way a browser does: the page's antiforgery token and the form's handler name.</summary>
internal static class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(url);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
        };
        return await browser.PostAsync(url, new FormUrlEncodedContent(form));
    }
}
