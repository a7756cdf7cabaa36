using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;

namespace Rectify.Services.Tests.Tasks;

/// <summary>The ledger (整改台账): three sheets out, the same layout back in; unchanged writes nothing, a bad row writes nothing.</summary>
public abstract class Ledger_round_trip(WorldFixture fixture)
{
    private const string Tasks = "任务清单";
    private const string Responsibles = "责任清单";

    private TaskWorld World => fixture.World;

    [Fact]
    public async Task An_exported_ledger_has_three_sheets_with_chinese_headers_and_the_task_ids()
    {
        var (inspection, issue) = await InspectionAsync();
        var timeLimited = await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-12-31");
        var sustained = await PlanAsync(issue, "sustained", null);

        var response = await World.Viewer.GetAsync($"/api/tasks/inspections/{inspection}/ledger");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("整改台账.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var book = LedgerWorkbook.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["问题清单", Tasks, Responsibles], book.Sheets.Select(s => s.Name));
        Assert.Equal(["问题序号", "问题", "层级", "立行立改", "整改任务数", "问题编号"], book["问题清单"][0]);
        Assert.Equal(["序号", "问题序号", "问题", "整改措施", "整改类型", "完成时限", "时限调整原因", "状态", "问题编号", "任务编号", "时限状态"], book[Tasks][0]);
        Assert.Equal(["序号", "问题序号", "整改措施", "责任领导", "责任科室", "责任人", "任务编号"], book[Responsibles][0]);
        Assert.Equal("一.1", book.Get("问题清单", 3, "问题序号"));
        Assert.Equal([timeLimited.ToString(), sustained.ToString()], [book.Get(Tasks, 2, "任务编号"), book.Get(Tasks, 3, "任务编号")]);
        Assert.Equal(("限期整改", "未开始", "长期坚持"), (book.Get(Tasks, 2, "整改类型"), book.Get(Tasks, 2, "状态"), book.Get(Tasks, 3, "整改类型")));
        Assert.Equal(new DateOnly(TaskWorld.Year, 12, 31), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(book.Get(Tasks, 2, "完成时限")))));
        Assert.Equal(("王五", "办公室", "张三"), (book.Get(Responsibles, 2, "责任领导"), book.Get(Responsibles, 2, "责任科室"), book.Get(Responsibles, 2, "责任人")));
    }

    [Fact]
    public async Task Importing_an_unchanged_ledger_changes_nothing_publishes_nothing_and_audits_nothing()
    {
        var (inspection, issue) = await InspectionAsync();
        await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-12-31");
        await PlanAsync(issue, "sustained", null);
        var closed = await PlanAsync(issue, "immediate", $"{TaskWorld.Year}-06-30");
        await World.Coordinator.PostAsJsonAsync($"/api/tasks/{closed}/progress", TaskWorld.Progress());
        await TaskWorld.UploadAsync(World.Coordinator, closed, Evidence.Png(), "照片.png");
        (await World.Coordinator.PostAsJsonAsync($"/api/tasks/{closed}/close-out", new { note = "已整改" })).EnsureSuccessStatusCode();
        (await World.Coordinator.PostAsJsonAsync($"/api/tasks/{closed}/close-out/review", new { approve = true })).EnsureSuccessStatusCode();
        var exported = await World.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger");
        var before = await CountsAsync();

        var asExported = await ImportAsync(World.Coordinator, inspection, exported);
        // As if opened in Excel and saved: typed text in the shared-string table, numbers and dates as numbers.
        var resaved = await ImportAsync(World.Coordinator, inspection, LedgerWorkbook.Read(exported).Write());

        foreach (var response in new[] { asExported, resaved })
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var result = (await response.Content.ReadFromJsonAsync<LedgerResultView>())!;
            Assert.Equal((0, 0, 3), (result.Created, result.Updated, result.Unchanged));
        }
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_ledger_reassigns_revises_deadlines_with_their_reason_and_plans_new_tasks()
    {
        var (inspection, issue) = await InspectionAsync();
        var task = await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-12-31");
        var book = LedgerWorkbook.Read(await World.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger"));
        book.Set(Responsibles, 2, "责任科室", "组织人事科").Set(Responsibles, 2, "责任人", "李四").Set(Tasks, 2, "完成时限", $"{TaskWorld.Year + 1}-01-31");
        foreach (var (column, value) in new[] { ("序号", "2"), ("问题序号", "一.1"), ("整改措施", "建立党组会议议题台账"), ("整改类型", "限期整改"), ("完成时限", $"{TaskWorld.Year + 1}年3月31日") })
            book.Set(Tasks, 3, column, value);
        foreach (var (column, value) in new[] { ("序号", "2"), ("责任领导", "王五"), ("责任科室", "办公室"), ("责任人", "张三") })
            book.Set(Responsibles, 3, column, value);

        var noReason = await ImportAsync(World.Coordinator, inspection, book.Write());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["任务清单 第2行 时限调整原因: 修改已有的完成时限须填写调整原因。"], (await ErrorsAsync(noReason)).Select(e => e.Message));

        var response = await ImportAsync(World.Coordinator, inspection, book.Set(Tasks, 2, "时限调整原因", "方案调整").Write());

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<LedgerResultView>())!;
        Assert.Equal((1, 1, 0), (result.Created, result.Updated, result.Unchanged));
        var detail = (await World.Admin.GetFromJsonAsync<Detail>($"/api/tasks/{task}"))!;
        Assert.Equal((World.Colleague, "组织人事科", new DateOnly(TaskWorld.Year + 1, 1, 31)), (detail.Task.ResponsiblePersonId!.Value, detail.Task.ResponsibleDepartment!, detail.Task.Deadline!.Value));
        var revision = Assert.Single(detail.DeadlineRevisions);
        Assert.Equal((new DateOnly(TaskWorld.Year, 12, 31), "方案调整"), (revision.From!.Value, revision.Reason));
        var created = await World.TaskAsync(Assert.Single(result.CreatedTasks).TaskId);
        Assert.Equal((World.Person, World.Leader, new DateOnly(TaskWorld.Year + 1, 3, 31), "建立党组会议议题台账"),
            (created.ResponsiblePersonId!.Value, created.ResponsibleLeaderId!.Value, created.Deadline!.Value, created.Measures));

        // The ledger exported now comes back unchanged.
        var again = await ImportAsync(World.Coordinator, inspection, await World.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger"));
        Assert.Equal((0, 0, 2), Counts((await again.Content.ReadFromJsonAsync<LedgerResultView>())!));
    }

    [Fact]
    public async Task Measures_and_kind_of_an_open_task_are_corrected_through_the_ledger()
    {
        var (inspection, issue) = await InspectionAsync();
        await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-12-31");
        var book = LedgerWorkbook.Read(await World.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger"));
        book.Set(Tasks, 2, "整改措施", "修订党组议事规则并组织专题学习").Set(Tasks, 2, "整改类型", "长期坚持");

        var response = await ImportAsync(World.Coordinator, inspection, book.Write());

        Assert.Equal((0, 1, 0), Counts((await response.Content.ReadFromJsonAsync<LedgerResultView>())!));
        var task = await World.Host.Db(db => db.Tasks.SingleAsync(t => t.InspectionId == inspection));
        Assert.Equal(("修订党组议事规则并组织专题学习", "sustained"), (task.Measures, task.Kind));
        Assert.Contains(await World.Host.PublishedAsync<TaskRevised>(p => p.Any(r => r.Task.TaskId == task.Id)), r => r.Task.TaskId == task.Id);
    }

    [Fact]
    public async Task A_bad_row_is_named_by_sheet_row_and_column_and_nothing_is_written()
    {
        var (inspection, issue) = await InspectionAsync();
        await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-12-31");
        await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-11-30");
        var book = LedgerWorkbook.Read(await World.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger"));
        book.Set(Responsibles, 2, "责任人", "李四"); // a good change, in the same file as the bad ones
        book.Set(Tasks, 3, "完成时限", "明年");
        book.Set(Tasks, 3, "整改措施", "改写了措施");
        foreach (var (column, value) in new[] { ("序号", "3"), ("问题序号", "九.9"), ("整改措施", "新增措施"), ("整改类型", "马上整改"), ("完成时限", $"{TaskWorld.Year + 1}-03-31") })
            book.Set(Tasks, 4, column, value);
        book.Set(Responsibles, 3, "责任人", "查无此人");
        var before = await CountsAsync();

        var response = await ImportAsync(World.Coordinator, inspection, book.Write());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [
                "任务清单 第3行 完成时限: 不是日期。",
                "任务清单 第4行 问题序号: 问题清单中没有序号为“九.9”的问题。",
                "任务清单 第4行 整改类型: 应为 立行立改、限期整改 或 长期坚持。",
            ],
            (await ErrorsAsync(response)).Select(e => e.Message));
        var error = (await ErrorsAsync(response))[0];
        Assert.Equal(("任务清单", 3, "完成时限"), (error.Sheet, error.Row, error.Column));
        Assert.Equal(before, await CountsAsync());
        Assert.All(await World.Host.Db(db => db.Tasks.Where(t => t.InspectionId == inspection).ToListAsync()), t => Assert.Equal(World.Person, t.ResponsiblePersonId));

        // With the task sheet fixed, the responsibles sheet's own error shows, and still nothing is written.
        var fixedTasks = LedgerWorkbook.Read(await World.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger"));
        fixedTasks.Set(Responsibles, 2, "责任人", "李四").Set(Responsibles, 3, "责任人", "查无此人");
        var second = await ImportAsync(World.Coordinator, inspection, fixedTasks.Write());
        Assert.Equal(["责任清单 第3行 责任人: 本单位没有名为“查无此人”的人员。"], (await ErrorsAsync(second)).Select(e => e.Message));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_ledger_is_a_400_on_file()
    {
        var (inspection, _) = await InspectionAsync();

        var text = await ImportAsync(World.Coordinator, inspection, "序号,整改措施"u8.ToArray());
        var otherWorkbook = await ImportAsync(World.Coordinator, inspection, Support.Xlsx.Workbook([["姓名", "职务"]]));

        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("\"file\"", await text.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, otherWorkbook.StatusCode);
        Assert.Contains("缺少工作表“任务清单”", string.Join("\n", (await ErrorsAsync(otherWorkbook)).Select(e => e.Message)));
    }

    [Fact]
    public async Task An_ods_or_an_old_xls_is_a_400_on_file_that_says_to_save_it_as_xlsx()
    {
        var (inspection, issue) = await InspectionAsync();
        await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-12-31");
        var before = await CountsAsync();

        var ods = await ImportAsync(World.Coordinator, inspection, Ods());
        var xls = await ImportAsync(World.Coordinator, inspection, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        foreach (var (response, kind) in new[] { (ods, "（.ods）"), (xls, "（.xls）") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var message = json.RootElement.GetProperty("errors").GetProperty("file")[0].GetString()!;
            Assert.Contains(kind, message);
            Assert.Contains("请在表格软件中另存为“Excel 工作簿（.xlsx）”", message);
        }
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_unstated_round_is_left_out_of_the_file_name()
    {
        var (inspection, _, _) = await World.Host.InspectionAsync(World.Unit, round: "通报未载明轮次");

        var response = await World.Viewer.GetAsync($"/api/tasks/inspections/{inspection}/ledger");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var name = response.Content.Headers.ContentDisposition!.FileNameStar!;
        Assert.DoesNotContain("未载明", name);
        Assert.DoesNotContain("__", name);
        Assert.EndsWith("_整改台账.xlsx", name);
    }

    /// <summary>An OpenDocument spreadsheet as LibreOffice writes one: a ZIP whose first entry, stored, is its mimetype.</summary>
    private static byte[] Ods()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = new StreamWriter(zip.CreateEntry("mimetype", System.IO.Compression.CompressionLevel.NoCompression).Open()))
                mimetype.Write("application/vnd.oasis.opendocument.spreadsheet");
            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write("<office:document-content/>");
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Another_units_coordinator_cannot_export_or_import_and_a_responsible_person_cannot_import()
    {
        var (inspection, issue) = await InspectionAsync();
        await PlanAsync(issue, "time_limited", $"{TaskWorld.Year}-12-31");
        var exported = await World.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger");

        Assert.Equal(HttpStatusCode.NotFound, (await World.OtherCoordinator.GetAsync($"/api/tasks/inspections/{inspection}/ledger")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(World.OtherCoordinator, inspection, exported)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(World.Responsible, inspection, exported)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(World.Office, inspection, exported)).StatusCode);
    }

    private async Task<(Guid Inspection, Guid Issue)> InspectionAsync()
    {
        var (inspection, _, issue) = await World.Host.InspectionAsync(World.Unit);
        return (inspection, issue);
    }

    private async Task<Guid> PlanAsync(Guid issue, string kind, string? deadline) =>
        await TasksHost.CreatedIdAsync(await World.Coordinator.PostAsJsonAsync("/api/tasks", World.NewTask(kind, deadline, issue)));

    internal static async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid inspection, byte[] xlsx)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "台账.xlsx");
        return await client.PostAsync($"/api/tasks/inspections/{inspection}/ledger", form);
    }

    internal static async Task<List<ErrorView>> ErrorsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("rows").Deserialize<List<ErrorView>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Everything a write leaves behind: audit rows, events in the outbox, tasks, deadline revisions.</summary>
    private async Task<(int Audit, int Outbox, int Tasks, int Revisions)> CountsAsync() =>
        await World.Host.Db(async db => (await db.Audit.CountAsync(), await db.OutboxMessages.CountAsync(), await db.Tasks.CountAsync(), await db.DeadlineRevisions.CountAsync()));

    private static (int, int, int) Counts(LedgerResultView r) => (r.Created, r.Updated, r.Unchanged);

    internal sealed record ErrorView(string Sheet, int Row, string Column, string Reason, string Message);

    private sealed record CreatedView(int No, Guid TaskId);

    private sealed record LedgerResultView(int Created, int Updated, int Unchanged, List<CreatedView> CreatedTasks);
}

public sealed class Ledger_round_trip_on_SQLite(WorldFixture fixture) : Ledger_round_trip(fixture), IClassFixture<WorldFixture>;

/// <summary>The ledger import all-or-nothing on a server database, inside its retrying execution strategy.</summary>
public sealed class Ledger_round_trip_on_PostgreSQL(PostgresWorldFixture fixture) : Ledger_round_trip(fixture), IClassFixture<PostgresWorldFixture>;
