using System.Net.Http.Json;

namespace Rectify.Services.Tests.Support;

/// <summary>Builds a directory through the API, the way an administrator would.</summary>
public static class DirectoryApi
{
    public sealed record Created(Guid Id);

    public static async Task<Guid> JurisdictionAsync(this HttpClient admin, string name, string level = "city", Guid? parentId = null)
    {
        var response = await admin.PostAsJsonAsync("/api/units/jurisdictions",
            new { parentId, name, level, committee = $"{name[..^1]}委", inspectionOffice = $"中共{name}委巡察工作领导小组办公室" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    public static async Task<Guid> UnitAsync(this HttpClient admin, string name, Guid jurisdictionId, string shortName = "单位")
    {
        var response = await admin.PostAsJsonAsync("/api/units", new { name, shortName, kind = "党组", jurisdictionId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    public static async Task<Guid> PersonAsync(this HttpClient client, Guid unitId, string name, string position = "科员")
    {
        var response = await client.PostAsJsonAsync($"/api/units/{unitId}/people", new { name, position });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    /// <summary>Creates an account with the given grants and returns a client signed in as it.</summary>
    public static async Task<HttpClient> AccountAsync(this HttpClient admin, Func<HttpClient> newClient, string userName, params object[] grants)
    {
        const string password = "Pass-word-123";
        var response = await admin.PostAsJsonAsync("/api/units/accounts", new { userName, displayName = userName, password, grants });
        response.EnsureSuccessStatusCode();
        return await newClient().SignedInAsync(userName, password);
    }
}
