using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Units;

public sealed class Tokens_from_another_key
{
    [Fact] public Task Are_refused_by_units() => Check<Rectify.Units.Program>("/api/units");
    [Fact] public Task Are_refused_by_findings() => Check<Rectify.Findings.Program>("/api/findings/units");
    [Fact] public Task Are_refused_by_tasks() => Check<Rectify.Tasks.Program>("/api/tasks/units");
    [Fact] public Task Are_refused_by_notifications() => Check<Rectify.Notifications.Program>("/api/notifications/units");
    [Fact] public Task Are_refused_by_reporting() => Check<Rectify.Reporting.Program>("/api/reports/units");

    private static async Task Check<TProgram>(string path) where TProgram : class
    {
        using var service = new ServiceFactory<TProgram>();
        var client = service.CreateClient();
        using var stranger = RSA.Create(2048);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(stranger, "admin|*"));
        var forged = await client.GetAsync(path);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(TestTokens.KeyOf(service.DataDirectory), "admin|*"));
        var genuine = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }
}
