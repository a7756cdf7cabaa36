using System.Net.Http.Json;
using System.Text.Json;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The maildev that <c>./rectify test</c> starts: where tests read sent e-mail back from.</summary>
internal static class Maildev
{
    /// <summary>RECTIFY_SMTP and RECTIFY_MAILDEV_API; a clear failure, never a skip, when they are not set.</summary>
    public static (string Smtp, Uri Api) Required()
    {
        var smtp = Environment.GetEnvironmentVariable("RECTIFY_SMTP");
        var api = Environment.GetEnvironmentVariable("RECTIFY_MAILDEV_API");
        if (string.IsNullOrEmpty(smtp) || string.IsNullOrEmpty(api))
            Assert.Fail("RECTIFY_SMTP and RECTIFY_MAILDEV_API must point at a running maildev: run ./rectify test, or start maildev " +
                        "(tools/scripts/maildev.sh) and export RECTIFY_SMTP=smtp://127.0.0.1:1025 RECTIFY_MAILDEV_API=http://127.0.0.1:1080.");
        return (smtp, new Uri(api));
    }

    /// <summary>The messages to <paramref name="address"/> (that <paramref name="where"/> also holds for), once at least <paramref name="expected"/> arrived.</summary>
    public static async Task<List<JsonElement>> MailToAsync(
        Uri api, string address, int expected = 1, Func<JsonElement, bool>? where = null, TimeSpan? within = null)
    {
        using var client = new HttpClient { BaseAddress = api };
        return await Eventually.HoldsAsync(async () =>
        {
            var all = await client.GetFromJsonAsync<JsonElement>("/email");
            return all.EnumerateArray()
                .Where(m => m.GetProperty("to").EnumerateArray().Any(t => t.GetProperty("address").GetString() == address) && (where?.Invoke(m) ?? true))
                .ToList();
        }, found => found.Count >= expected, within);
    }
}
