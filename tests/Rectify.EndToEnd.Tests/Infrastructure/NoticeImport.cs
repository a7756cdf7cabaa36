using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.EndToEnd.Tests.Infrastructure;

public sealed record ImportedNotice(Guid InspectionId, int Findings, int Tasks);

/// <summary>
/// Imports a published notice of the shared corpus (<c>../shared/corpus</c> beside the repository) through
/// the findings API, as the import page does: a preview of the uploaded file, then its commit for a unit.
/// The findings service then publishes the inspection and its findings, and the tasks service makes the tasks.
/// </summary>
public static class NoticeImport
{
    public static string CorpusFile(string name) =>
        Path.GetFullPath(Path.Combine(RectifyCluster.RepositoryRoot, "..", "shared", "corpus", name));

    public static async Task<ImportedNotice> ImportAsync(HttpClient api, string notice, Guid unit, string round)
    {
        var file = CorpusFile(notice);
        if (!File.Exists(file))
            throw new InvalidOperationException($"{file} does not exist: the corpus is read from ../shared/corpus beside the repository.");

        using var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(file)), "file", notice } };
        var preview = await ExpectAsync(await api.PostAsync("api/findings/imports", upload), HttpStatusCode.Created);
        var import = preview.GetProperty("id").GetGuid();
        var commit = await ExpectAsync(
            await api.PostAsJsonAsync($"api/findings/imports/{import}/commit", new { unitId = unit, round }), HttpStatusCode.Created);
        return new ImportedNotice(commit.GetProperty("inspectionId").GetGuid(), commit.GetProperty("findings").GetInt32(), commit.GetProperty("tasks").GetInt32());
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected)
                throw new InvalidOperationException(
                    $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
