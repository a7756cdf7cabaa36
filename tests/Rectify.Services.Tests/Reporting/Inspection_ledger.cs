using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>The inspection's 整改台账 (.xlsx) from the read model, checked cell by cell against the hand-computed fixture.</summary>
public sealed class Inspection_ledger : IClassFixture<Inspection_ledger.World>
{
    public sealed class World : IAsyncLifetime
    {
        public ReportingHost Host { get; } = new();
        public static readonly Guid A6 = Guid.NewGuid();

        public async Task InitializeAsync()
        {
            await FeedAsync(Host);
            // A directory person named in a task's measures: the ledger masks the name as the public notice does.
            await Host.FeedAsync(new PersonRegistered(Meta(1), Guid.NewGuid(), A, null, "张建国", "科长", new ContactChannels(null, "13800000000", null, null)),
                Planned(TaskOf(A6, FA2, IA, A, "/p/fz/kj/", "in_progress", D(7, 31), measures: "由张建国牵头清理公务用车")));
        }

        public Task DisposeAsync() { Host.Dispose(); return Task.CompletedTask; }
    }

    private readonly ReportingHost _host;

    public Inspection_ledger(World world) => _host = world.Host;

    private async Task<(string Sheet, List<List<string>> Rows)> LedgerAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/reports/inspections/{IA}/ledger.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        return Xlsx.Read(bytes);
    }

    [Fact]
    public async Task The_ledger_lists_the_tree_and_each_task_with_its_figures()
    {
        var (sheet, rows) = await LedgerAsync(_host.As("inspection_office|j:/p/fz/"));

        Assert.Equal("整改台账", sheet);
        Assert.Equal(["序号", "问题序号", "问题", "层级", "立行立改", "问题类别", "整改措施", "整改类型", "责任科室", "原定时限", "完成时限", "延期天数",
            "状态", "销号日期", "是否超期", "预警", "新制定制度", "修改完善制度", "谈话人次", "清退金额（元）", "追缴金额（元）", "问责人数"], rows[0]);
        var data = rows.Skip(1).ToList();
        // 一 (no task), 一.1 with a1, a2, a6, 一.2 with a3, a4, a5.
        Assert.Equal(7, data.Count);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], data.Select(r => r[0]));
        Assert.Equal(["一", "一.1", "一.1", "一.1", "一.2", "一.2", "一.2"], data.Select(r => r[1]));
        Assert.Equal(["1", "一", "贯彻落实党中央决策部署不够有力", "方面", "否"], data[0]);

        var a3 = data.Single(r => r.Count > 10 && r[10] == "2026-06-10");
        Assert.Equal(["一.2", "财务管理不规范", "问题", "否", "财务管理", "修订党组议事规则", "限期整改", "办公室", "2026-05-31", "2026-06-10", "10",
            "整改中", "", "是", "红", "0", "0", "0", "0", "0", "0"], a3.Skip(1));
        var a1 = data.Single(r => r.Count > 12 && r[12] == "已销号" && r[16] == "2");
        Assert.Equal(["一.1", "理论学习不够深入", "党的建设", "2026-05-31", "2026-05-20", "否", "3", "1200.5"], new[] { a1[1], a1[2], a1[5], a1[10], a1[13], a1[14], a1[18], a1[19] });
        Assert.Single(data, r => r.Count > 12 && r[12] == "已完成整改并长期坚持" && r[7] == "长期坚持");
        Assert.Single(data, r => r.Count > 15 && r[12] == "销号审核中" && r[15] == "黄");
        Assert.Single(data, r => r.Count > 15 && r[12] == "未开始" && r[15] == "绿" && r[10] == "2026-09-30");
    }

    [Fact]
    public async Task Names_are_masked_and_no_person_or_clue_reaches_the_workbook()
    {
        var (_, rows) = await LedgerAsync(_host.As($"unit_coordinator|u:{A}"));
        var text = string.Join("|", rows.SelectMany(r => r));

        Assert.Contains("由×××牵头清理公务用车", text);
        Assert.DoesNotContain("张建国", text);
        Assert.DoesNotContain("13800000000", text);
        Assert.DoesNotContain("线索", text);
    }

    [Fact]
    public async Task Out_of_scope_is_404_and_anonymous_is_401()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _host.As($"unit_coordinator|u:{B}").GetAsync($"/api/reports/inspections/{IA}/ledger.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.As("inspection_office|j:/p/xm/").GetAsync($"/api/reports/inspections/{IA}/ledger.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous.GetAsync($"/api/reports/inspections/{IA}/ledger.xlsx")).StatusCode);
    }
}
