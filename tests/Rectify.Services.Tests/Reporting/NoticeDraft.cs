using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Rectify.Contracts.Units;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>A unit with one inspection of three levels and two tasks, and a notice drafted from it.</summary>
public static class NoticeDraft
{
    public static readonly Guid U = Guid.NewGuid(), I = Guid.NewGuid();
    private static readonly Guid Aspect = Guid.NewGuid(), Problem = Guid.NewGuid(), First = Guid.NewGuid(), Second = Guid.NewGuid();
    private const string UnitPath = "/p/fz/da/";

    public static async Task FeedAsync(ReportingHost host, string round, ContactLine contact)
    {
        await host.FeedAsync(Unit(U, "县档案局党组", UnitPath, contact));
        await host.FeedAsync(
            Inspection(I, U, round: round, team: "市委第一巡察组"),
            Finding(Aspect, I, U, null, 1, "一", "党的建设方面", 2),
            Finding(Problem, I, U, Aspect, 2, "1", "基层党组织建设薄弱", 3),
            Finding(First, I, U, Problem, 3, "（1）", "三会一课不规范", 4),
            Finding(Second, I, U, Problem, 3, "（2）", "党费收缴不及时", 5));
        await host.FeedAsync(
            Planned(TaskOf(Guid.NewGuid(), First, I, U, UnitPath, "closed", D(5, 31))),
            Planned(TaskOf(Guid.NewGuid(), Second, I, U, UnitPath, "in_progress", D(9, 30))));
    }

    public static async Task<Guid> CreateAsync(HttpClient admin)
    {
        var created = await admin.PostAsync($"/api/reports/inspections/{I}/notices", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<Draft>())!.Id;
    }

    public static string DocxText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private sealed record Draft(Guid Id);
}
