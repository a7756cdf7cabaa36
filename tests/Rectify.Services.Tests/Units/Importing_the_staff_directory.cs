using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;
using Rectify.Units;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

public sealed class Importing_the_staff_directory : IDisposable
{
    private static readonly string[] Header = ["姓名", "职务", "科室", "电子邮箱", "手机", "钉钉ID", "企业微信ID"];

    private readonly ServiceFactory<Program> _units = new();

    public sealed record Counts(int Created, int Updated, int Unchanged);

    public sealed record RowError(int Row, string Column, string Reason);

    private sealed record Setup(HttpClient Admin, Guid Unit, Guid Office);

    [Fact]
    public async Task A_good_file_creates_people_with_departments_and_queues_PersonRegistered()
    {
        var (admin, unit, office) = await SetUpAsync();
        var file = Xlsx.Workbook(
        [
            Header,
            ["张伟", "党组书记、局长", "办公室", "zhangwei@example.cn", "13812345678", "zw01", ""],
            ["　王芳　", " 副局长 ", "", "", "1.3912345678E+10", "", "wx-wf"], // full-width spaces; a phone Excel stored as a number
            ["", "", "", "", "", "", ""],
            ["李娜", "科员", "办公室", "", "", "", ""],
        ], numbers: true);

        var response = await ImportAsync(admin, unit, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Counts(3, 0, 0), await response.Content.ReadFromJsonAsync<Counts>());
        var people = await Db(db => db.People.Where(p => p.UnitId == unit).ToDictionaryAsync(p => p.Name));
        Assert.Equal(new HashSet<string> { "张伟", "王芳", "李娜" }, people.Keys.ToHashSet());
        Assert.Equal(office, people["张伟"].DepartmentId);
        Assert.Equal("13812345678", people["张伟"].Mobile);
        Assert.Equal("zw01", people["张伟"].DingTalkUserId);
        Assert.Equal("副局长", people["王芳"].Position);
        Assert.Equal("13912345678", people["王芳"].Mobile);
        Assert.Null(people["王芳"].DepartmentId);
        Assert.Equal("wx-wf", people["王芳"].WeComUserId);
        Assert.Equal(3, await Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("PersonRegistered"))));
        var harness = _units.Services.GetTestHarness();
        var published = await Eventually.HoldsAsync(
            () => Task.FromResult(harness.Published.Select<PersonRegistered>().ToList()), p => p.Count >= 3);
        Assert.Equal(3, published.Count);
        Assert.Contains(published, p => p.Context.Message.Name == "张伟" && p.Context.Message.DepartmentId == office);
    }

    [Fact]
    public async Task Reimporting_the_same_file_reports_unchanged_and_adds_nothing()
    {
        var (admin, unit, _) = await SetUpAsync();
        var file = Xlsx.Workbook([Header, ["张伟", "局长", "办公室", "", "13812345678", "", ""], ["王芳", "副局长", "", "", "", "", ""]], numbers: true);
        await ImportAsync(admin, unit, file);
        var outboxBefore = await Db(db => db.OutboxMessages.CountAsync());

        var again = await ImportAsync(admin, unit, file);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(new Counts(0, 0, 2), await again.Content.ReadFromJsonAsync<Counts>());
        Assert.Equal(2, await Db(db => db.People.CountAsync(p => p.UnitId == unit)));
        Assert.Equal(outboxBefore, await Db(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_changed_position_updates_that_person_only()
    {
        var (admin, unit, _) = await SetUpAsync();
        await ImportAsync(admin, unit, Xlsx.Workbook([Header, ["张伟", "副局长"], ["王芳", "科长"]]));

        var response = await ImportAsync(admin, unit, Xlsx.Workbook([Header, ["张伟", "局长"], ["王芳", "科长"]]));

        Assert.Equal(new Counts(0, 1, 1), await response.Content.ReadFromJsonAsync<Counts>());
        var zhang = await Db(db => db.People.SingleAsync(p => p.UnitId == unit && p.Name == "张伟"));
        Assert.Equal("局长", zhang.Position);
        Assert.Equal(2, zhang.Version);
        Assert.Equal(2, await Db(db => db.People.CountAsync(p => p.UnitId == unit)));
        Assert.Equal(1, await Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("PersonUpdated"))));
    }

    [Fact]
    public async Task A_person_entered_by_hand_is_matched_by_name_not_duplicated()
    {
        var (admin, unit, _) = await SetUpAsync();
        await admin.PersonAsync(unit, "张伟", "科员");

        var response = await ImportAsync(admin, unit, Xlsx.Workbook([Header, ["张伟", "科员", "", "", "13812345678"]], inline: true));

        Assert.Equal(new Counts(0, 1, 0), await response.Content.ReadFromJsonAsync<Counts>());
        Assert.Equal("13812345678", (await Db(db => db.People.SingleAsync(p => p.UnitId == unit))).Mobile);
    }

    [Fact]
    public async Task Namesakes_in_the_unit_are_told_apart_by_mobile()
    {
        var (admin, unit, _) = await SetUpAsync();
        await ImportAsync(admin, unit, Xlsx.Workbook([Header, ["张伟", "局长", "", "", "13800000001"]]));
        await admin.PostAsJsonAsync($"/api/units/{unit}/people", new { name = "张伟", position = "科员", mobile = "13800000002" });

        var withoutMobile = await ImportAsync(admin, unit, Xlsx.Workbook([Header, ["张伟", "副科长"]]));
        var withMobile = await ImportAsync(admin, unit, Xlsx.Workbook([Header, ["张伟", "副科长", "", "", "13800000002"]], numbers: true));

        Assert.Equal((2, "手机"), (await RowsAsync(withoutMobile)).Select(r => (r.Row, r.Column)).Single());
        Assert.Equal(new Counts(0, 1, 0), await withMobile.Content.ReadFromJsonAsync<Counts>());
        Assert.Equal("副科长", (await Db(db => db.People.SingleAsync(p => p.Mobile == "13800000002"))).Position);
        Assert.Equal("局长", (await Db(db => db.People.SingleAsync(p => p.Mobile == "13800000001"))).Position);
    }

    [Fact]
    public async Task Bad_rows_are_all_listed_and_nothing_is_written()
    {
        var (admin, unit, _) = await SetUpAsync();
        var peopleBefore = await Db(db => db.People.CountAsync());
        var outboxBefore = await Db(db => db.OutboxMessages.CountAsync());
        var file = Xlsx.Workbook(
        [
            Header,
            ["张伟", "局长", "办公室", "", "", "", ""],
            ["王芳", "副局长", "", "not-an-email", "", "", ""],
            ["李娜", "科员", "不存在的科室", "", "", "", ""],
            ["", "科员", "", "", "12ab", "", ""],
            ["张伟", "科员", "", "", "", "", ""],
        ], inline: true);

        var response = await ImportAsync(admin, unit, file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var rows = await RowsAsync(response);
        Assert.Equal(
            new[] { (3, "电子邮箱"), (4, "科室"), (5, "姓名"), (5, "手机"), (6, "姓名") },
            rows.Select(r => (r.Row, r.Column)));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains("2", rows.Single(r => r.Row == 6).Reason); // names the row it repeats
        Assert.Equal(peopleBefore, await Db(db => db.People.CountAsync()));
        Assert.Equal(outboxBefore, await Db(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_wrong_header_is_refused_naming_the_column()
    {
        var (admin, unit, _) = await SetUpAsync();
        string[] header = ["姓名", "职务", "科室", "电子邮箱", "手机号", "钉钉ID", "企业微信ID"];

        var response = await ImportAsync(admin, unit, Xlsx.Workbook([header, ["张伟", "局长"]]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(await RowsAsync(response));
        Assert.Equal((1, "手机"), (error.Row, error.Column));
        Assert.Contains("手机号", error.Reason);
        Assert.Equal(0, await Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_file_that_is_not_an_xlsx_is_refused()
    {
        var (admin, unit, _) = await SetUpAsync();

        var text = await ImportAsync(admin, unit, Encoding.UTF8.GetBytes("姓名,职务\n张伟,局长\n"), "通讯录.xlsx");
        var brokenZip = await ImportAsync(admin, unit, [.. "PK\u0003\u0004"u8, .. new byte[100]], "通讯录.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Equal("application/problem+json", text.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, brokenZip.StatusCode);
        Assert.Equal(0, await Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task An_old_xls_is_refused_with_how_to_save_it_as_xlsx()
    {
        var (admin, unit, _) = await SetUpAsync();

        var xls = await ImportAsync(admin, unit, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], "通讯录.xls");

        Assert.Equal(HttpStatusCode.BadRequest, xls.StatusCode);
        Assert.Contains("请在表格软件中另存为“Excel 工作簿（.xlsx）”", await xls.Content.ReadAsStringAsync());
        Assert.Equal(0, await Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_file_over_5_MB_is_refused()
    {
        var (admin, unit, _) = await SetUpAsync();

        var response = await ImportAsync(admin, unit, new byte[6 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_coordinator_of_another_unit_gets_404()
    {
        var (admin, unit, _) = await SetUpAsync();
        var otherUnit = await admin.UnitAsync("县审计局党组", await admin.JurisdictionAsync("三明市"), "审计局");
        var coordinator = await admin.AccountAsync(_units.CreateClient, "coordinator", new { role = "unit_coordinator", unitId = otherUnit });

        var response = await ImportAsync(coordinator, unit, Xlsx.Workbook([Header, ["张伟", "局长"]]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await Db(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task The_template_downloads_with_exactly_the_header_row()
    {
        var (admin, _, _) = await SetUpAsync();

        var response = await admin.GetAsync("/api/units/people/template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("通讯录导入模板.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.Empty(new OpenXmlValidator().Validate(document)); // Excel refuses files the SDK's validator flags
        var (sheet, rows) = Xlsx.Read(bytes);
        Assert.Equal("通讯录", sheet);
        Assert.Equal(Header, Assert.Single(rows));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _units.CreateClient().GetAsync("/api/units/people/template")).StatusCode);
    }

    [Fact]
    public async Task The_template_filled_in_imports()
    {
        var (admin, unit, _) = await SetUpAsync();
        var (_, template) = Xlsx.Read(await admin.GetByteArrayAsync("/api/units/people/template"));

        var response = await ImportAsync(admin, unit, Xlsx.Workbook([[.. template[0]], ["张伟", "局长", "办公室"]]));

        Assert.Equal(new Counts(1, 0, 0), await response.Content.ReadFromJsonAsync<Counts>());
    }

    private async Task<Setup> SetUpAsync()
    {
        var admin = await _units.CreateClient().SignedInAsync();
        var unit = await admin.UnitAsync("县科技局党组", await admin.JurisdictionAsync("南平市"), "科技局");
        var department = await admin.PostAsJsonAsync($"/api/units/{unit}/departments", new { name = "办公室" });
        department.EnsureSuccessStatusCode();
        return new Setup(admin, unit, (await department.Content.ReadFromJsonAsync<DirectoryApi.Created>())!.Id);
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid unitId, byte[] file, string fileName = "通讯录.xlsx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return client.PostAsync($"/api/units/{unitId}/people/import", new MultipartFormDataContent { { content, "file", fileName } });
    }

    private static async Task<List<RowError>> RowsAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("rows").Deserialize<List<RowError>>(JsonSerializerOptions.Web)!;
    }

    private async Task<T> Db<T>(Func<UnitsDbContext, Task<T>> query)
    {
        await using var scope = _units.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<UnitsDbContext>());
    }

    public void Dispose() => _units.Dispose();
}
