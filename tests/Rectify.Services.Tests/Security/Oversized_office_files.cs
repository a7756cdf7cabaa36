using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Services.Tests.Findings;
using Rectify.Services.Tests.Support;
using Rectify.Services.Tests.Tasks;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Security;

/// <summary>
/// Crafted Office files: a part that unpacks to 21 MB of zeros (a few KB in the ZIP), and a sheet
/// with a cell in column XFD. Each upload is refused with a 400 naming the file; nothing is written.
/// </summary>
public sealed class Oversized_office_files
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task The_staff_directory_refuses_a_zip_bomb_and_a_cell_beyond_column_AZ()
    {
        using var units = new ServiceFactory<Rectify.Units.Program>();
        var admin = await units.CreateClient().SignedInAsync();
        var unit = await admin.UnitAsync("县科技局党组", await admin.JurisdictionAsync("南平市"), "科技局");
        var directory = Xlsx.Workbook([["姓名", "职务", "科室", "电子邮箱", "手机", "钉钉ID", "企业微信ID"], ["张伟", "局长"]]);

        var bomb = await UploadAsync(admin, $"/api/units/{unit}/people/import", WithBigPart(directory, "xl/media/image1.bin"), "炸弹.xlsx");
        var wide = await UploadAsync(admin, $"/api/units/{unit}/people/import", WithCell(directory, "XFD2"), "超宽.xlsx");

        await AssertRefusedAsync(bomb, "炸弹.xlsx", "MB");
        await AssertRefusedAsync(wide, "超宽.xlsx", "AZ");
        await using var scope = units.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<UnitsDbContext>().People.CountAsync());
    }

    [Fact]
    public async Task The_ledger_import_refuses_a_zip_bomb_and_a_cell_beyond_column_AZ()
    {
        using var host = new TasksHost();
        var unit = await host.UnitAsync("县科技局党组", "/p/np/");
        var (inspection, _, _) = await host.InspectionAsync(unit);
        var coordinator = host.As($"unit_coordinator|u:{unit}");
        var ledger = await coordinator.GetByteArrayAsync($"/api/tasks/inspections/{inspection}/ledger");

        var bomb = await UploadAsync(coordinator, $"/api/tasks/inspections/{inspection}/ledger", WithBigPart(ledger, "xl/media/image1.bin"), "台账炸弹.xlsx");
        var wide = await UploadAsync(coordinator, $"/api/tasks/inspections/{inspection}/ledger", WithCell(ledger, "XFD2"), "超宽台账.xlsx");

        await AssertRefusedAsync(bomb, "台账炸弹.xlsx", "MB");
        await AssertRefusedAsync(wide, "超宽台账.xlsx", "AZ");
        Assert.Equal(0, await host.Db(db => db.Tasks.CountAsync()));
    }

    [Fact]
    public async Task The_notice_import_refuses_a_docx_whose_document_unpacks_too_large()
    {
        using var host = new FindingsHost();
        var office = host.As(FindingsHost.FuzhouOffice);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            WriteZeros(archive, "word/document.xml");

        var response = await UploadAsync(office, "/api/findings/imports", zip.ToArray(), "通报.docx");

        await AssertRefusedAsync(response, "通报.docx", "MB");
        Assert.Equal(0, await host.Db(db => db.Imports.CountAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        return await client.PostAsync(path, new MultipartFormDataContent { { content, "file", name } });
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string fileName, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains(fileName, body);
        Assert.Contains(reason, body);
    }

    /// <summary>The workbook with one more part: 21 MB of zeros, which deflate to a few KB.</summary>
    private static byte[] WithBigPart(byte[] package, string partName)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            WriteZeros(archive, partName);
        return stream.ToArray();
    }

    private static void WriteZeros(ZipArchive archive, string partName)
    {
        using var part = archive.CreateEntry(partName, CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < 21; i++)
            part.Write(zeros);
    }

    /// <summary>The workbook with a cell at <paramref name="reference"/> (row 2) on every sheet.</summary>
    private static byte[] WithCell(byte[] xlsx, string reference)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            foreach (var part in document.WorkbookPart!.WorksheetParts)
            {
                var data = part.Worksheet.GetFirstChild<SheetData>()!;
                var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == 2) ?? data.AppendChild(new Row { RowIndex = 2 });
                row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text("多余")) });
                part.Worksheet.Save();
            }
        }
        return stream.ToArray();
    }
}
