using Rectify.Web.Api;

namespace Rectify.Web.Pages.Reports;

/// <summary>The notice editor's form: the narrative parts, one "what was done" override per item, and the version it was loaded at (If-Match).</summary>
public sealed class NoticeInput
{
    public long Version { get; set; }
    public string? Organisation { get; set; }
    public string? NextSteps { get; set; }
    public List<OverrideInput> Items { get; set; } = [];

    /// <summary>Prefills from the notice; the items are the leaves of the inspection's finding tree, as the notice counts them.</summary>
    public static async Task<NoticeInput> FromAsync(NoticeView notice, RectifyApiClient api)
    {
        var input = new NoticeInput { Version = notice.Version, Organisation = notice.Organisation, NextSteps = notice.NextSteps };
        InspectionReport? report = null;
        try
        {
            report = await api.GetInspectionReportAsync(notice.InspectionId);
        }
        catch (ApiFailedException)
        {
            // Without the tree the overrides already saved are still listed, by id.
        }

        var leaves = report is null ? [] : Leaves(report.Findings, "").ToList();
        input.Items = leaves.Select(l => new OverrideInput { FindingId = l.Id, Label = l.Label, Text = notice.Overrides.GetValueOrDefault(l.Id) }).ToList();
        foreach (var (id, text) in notice.Overrides.Where(o => leaves.All(l => l.Id != o.Key)))
        {
            input.Items.Add(new OverrideInput { FindingId = id, Label = id.ToString(), Text = text });
        }

        return input;
    }

    private static IEnumerable<(Guid Id, string Label)> Leaves(IEnumerable<ReportFinding> findings, string prefix)
    {
        foreach (var f in findings)
        {
            var label = $"{prefix}{f.Ordinal} {f.Title}".Trim();
            if (f.Children.Count == 0)
            {
                yield return (f.FindingId, label);
            }
            else
            {
                foreach (var leaf in Leaves(f.Children, f.Ordinal + " / "))
                {
                    yield return leaf;
                }
            }
        }
    }
}

public sealed class OverrideInput
{
    public Guid FindingId { get; set; }
    public string? Label { get; set; }
    public string? Text { get; set; }
}

public sealed class ActionInput
{
    public long Version { get; set; }
}
