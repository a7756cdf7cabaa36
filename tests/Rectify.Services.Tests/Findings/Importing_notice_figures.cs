using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using static Rectify.Services.Tests.Findings.NoticeImports;

namespace Rectify.Services.Tests.Findings;

/// <summary>What a notice states about itself (totals, outcomes, contact) is kept with the inspection, and its statement of completion reaches the items.</summary>
public sealed class Importing_notice_figures : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task A_notice_stating_all_21_problems_done_imports_its_21_items_without_a_status_as_completed_and_keeps_its_figures()
    {
        var unit = await _host.UnitAsync("三门县某局党组", "/p/fz/sm/");
        var office = _host.As(FindingsHost.FuzhouOffice);

        var preview = await PreviewAsync(office, "002_4f4fae3bed152b1a.txt");
        var said = preview.Notice["statedCompletion"]!;
        Assert.Equal(("full", 21, 21), (said["kind"]!.GetValue<string>(), said["total"]!.GetValue<int>(), said["applied"]!.GetValue<int>()));
        Assert.Contains(preview.Notice["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("21 item(s) that state no status are imported as completed"));

        var commit = await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", WhatIsMissing(preview, unit));

        commit.EnsureSuccessStatusCode();
        var progress = await _host.PublishedAsync<FindingProgressImported>(p => p.Count == 21);
        Assert.All(progress, p => Assert.Equal("completed", p.StatedState));
        Assert.All(progress, p => Assert.Contains("通报称已全部完成整改", p.StatusText));
        var inspection = (await office.GetFromJsonAsync<Inspection>(commit.Headers.Location))!;
        Assert.Equal("rectifying", inspection.Status);
        var n = inspection.Notice!;
        Assert.Equal(preview.Id, n.ImportId);
        Assert.Equal(new Totals(3, 21, null, 21, null), n.Stated);
        Assert.Equal(new Totals(8, 21, null, null, null), n.Recorded); // the three aspects are not marked in the text: eight headings
        Assert.Equal(["aspects"], n.Disagreeing);
        Assert.Equal(new Outcomes(4, 2, 1, 1, null, null), n.Outcomes);
        Assert.Equal(("0576-83301800", "465129277@qq.com", "三门县海游街道湫水大道1号", "317100"),
            (n.Contact!.Phone, n.Contact.Email, n.Contact.Address, n.Contact.Postcode));
        Assert.StartsWith("联系电话", n.Contact.Text);
        Assert.Equal(preview.Id, await _host.Db(db => db.Inspections.Select(i => i.Notice!.ImportId).SingleAsync()));
    }

    [Fact]
    public async Task A_notice_stating_35_of_37_done_without_saying_which_marks_nothing_and_the_preview_warns()
    {
        var unit = await _host.UnitAsync("某市某局党组", "/p/fz/gz/");
        var office = _host.As(FindingsHost.FuzhouOffice);

        var preview = await PreviewAsync(office, "report_21.txt");
        Assert.Equal("partial", preview.Notice["statedCompletion"]!["kind"]!.GetValue<string>());
        Assert.Contains(preview.Notice["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("cannot be applied per item"));

        var commit = await office.PostAsJsonAsync($"{Imports}/{preview.Id}/commit", WhatIsMissing(preview, unit));

        commit.EnsureSuccessStatusCode();
        var progress = await _host.PublishedAsync<FindingProgressImported>(p => p.Count == 37);
        Assert.Equal(35, progress.Count(p => p.StatedState is null)); // only the two items that state a status have one
        var n = (await office.GetFromJsonAsync<Inspection>(commit.Headers.Location))!.Notice!;
        Assert.Equal(new Totals(5, null, 37, 35, null), n.Stated);
        Assert.Equal(new Totals(5, null, 37, null, null), n.Recorded);
        Assert.Empty(n.Disagreeing);
        Assert.Equal("0797-8991011", n.Contact!.Phone);
    }

    [Fact]
    public async Task An_inspection_registered_by_hand_has_no_notice_figures()
    {
        var (office, id) = await _host.InspectionAsync("县发改委党组", "/p/fz/fg/");

        var inspection = (await office.GetFromJsonAsync<Inspection>($"/api/findings/inspections/{id}"))!;

        Assert.Null(inspection.Notice);
    }

    private sealed record Totals(int? Aspects, int? Problems, int? Issues, int? Completed, decimal? CompletionRate);

    private sealed record Outcomes(int? TalkPeople, int? TalkBatches, int? RulesMade, int? RulesRevised, decimal? MoneyYuan, int? AccountablePeople);

    private sealed record Contact(string Text, string? Phone, string? Email, string? Address, string? Postcode);

    private sealed record Figures(Guid ImportId, Totals Stated, Totals Recorded, List<string> Disagreeing, Outcomes Outcomes, Contact? Contact);

    private sealed record Inspection(string Status, Figures? Notice);

    public void Dispose() => _host.Dispose();
}
