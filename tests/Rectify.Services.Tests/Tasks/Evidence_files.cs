using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Evidence files (整改佐证材料): type by content, stored by hash, reuse across tasks flagged, downloads, close-out needs one.</summary>
public sealed class Evidence_files(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TaskWorld World => fixture.World;

    [Fact]
    public async Task An_upload_is_stored_by_its_hash_and_downloads_with_its_type_and_chinese_name()
    {
        var id = await World.PlanAsync();
        var content = Evidence.Pdf();

        var response = await TaskWorld.UploadAsync(World.Responsible, id, content, "关于修订党组议事规则的通知.pdf", "text/plain");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploaded = (await response.Content.ReadFromJsonAsync<Uploaded>())!;
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        Assert.Equal(("pdf", "application/pdf", hash, (long)content.Length), (uploaded.Evidence.Type, uploaded.Evidence.ContentType, uploaded.Evidence.Sha256, uploaded.Evidence.Size));
        Assert.Empty(uploaded.Warnings);
        Assert.True(File.Exists(Path.Combine(DataDirectory, "tasks-evidence", hash[..2], hash)));

        var download = await World.Viewer.GetAsync(uploaded.Evidence.DownloadUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("关于修订党组议事规则的通知.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''%E5%85%B3", download.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var detail = (await World.Admin.GetFromJsonAsync<EvidenceDetail>($"/api/tasks/{id}"))!;
        Assert.Equal(uploaded.Evidence.Id, Assert.Single(detail.Evidence).Id);
        var attached = await World.Host.PublishedAsync<EvidenceAttached>(p => p.Any(e => e.Task.TaskId == id));
        Assert.Equal(hash, attached.Single(e => e.Task.TaskId == id).Sha256);
    }

    public static TheoryData<string, byte[]> Spoofs() => new()
    {
        { "程序.pdf", Evidence.Exe() },
        { "说明.pdf", "这不是一个 PDF 文件"u8.ToArray() },
        { "照片.png", Evidence.Jpeg() },
        { "台账.xlsx", Evidence.Docx() },
        { "报告.docx", Evidence.Xlsx() },
        { "报告.doc", Evidence.Docx() },
        { "压缩包.docx", Zip() },
    };

    [Theory]
    [MemberData(nameof(Spoofs))]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused_and_nothing_is_stored(string name, byte[] content)
    {
        var id = await World.PlanAsync();
        var before = StoredFiles();

        var response = await TaskWorld.UploadAsync(World.Coordinator, id, content, name, "application/pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(0, await World.Host.Db(db => db.EvidenceFiles.CountAsync(e => e.TaskId == id)));
        Assert.Equal(0, await World.Host.Db(db => db.Audit.CountAsync(a => a.TaskId == id && a.Action == "evidence_added")));
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task Each_accepted_type_is_taken_under_its_own_extension()
    {
        var id = await World.PlanAsync();

        foreach (var (name, content) in new[] { ("a.PDF", Evidence.Pdf()), ("b.docx", Evidence.Docx()), ("c.xlsx", Evidence.Xlsx()), ("d.jpeg", Evidence.Jpeg()), ("e.jpg", Evidence.Jpeg()), ("f.png", Evidence.Png()) })
            Assert.Equal(HttpStatusCode.Created, (await TaskWorld.UploadAsync(World.Coordinator, id, content, name)).StatusCode);

        var detail = (await World.Admin.GetFromJsonAsync<EvidenceDetail>($"/api/tasks/{id}"))!;
        Assert.Equal(["pdf", "docx", "xlsx", "jpg", "jpg", "png"], detail.Evidence.Select(e => e.Type));
    }

    [Fact]
    public async Task The_same_file_on_another_task_warns_and_the_detail_shows_where_else_it_is_used()
    {
        var first = await World.PlanAsync();
        var second = await World.PlanAsync();
        var content = Evidence.Jpeg("同一张照片");

        var original = await TaskWorld.UploadAsync(World.Coordinator, first, content, "会议照片.jpg");
        var again = await TaskWorld.UploadAsync(World.Coordinator, second, content, "另一个名字.jpg");
        var twiceOnOneTask = await TaskWorld.UploadAsync(World.Coordinator, second, content, "第三个名字.jpg");

        Assert.Empty((await original.Content.ReadFromJsonAsync<Uploaded>())!.Warnings);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var warning = Assert.Single((await again.Content.ReadFromJsonAsync<Uploaded>())!.Warnings);
        Assert.Equal("reused_across_tasks", warning.Code);
        Assert.Equal(first, Assert.Single(warning.Tasks).TaskId);
        Assert.Equal(HttpStatusCode.Conflict, twiceOnOneTask.StatusCode);
        var onSecond = Assert.Single((await World.Admin.GetFromJsonAsync<EvidenceDetail>($"/api/tasks/{second}"))!.Evidence);
        Assert.Equal(first, Assert.Single(onSecond.ReusedBy).TaskId);
        var onFirst = Assert.Single((await World.Admin.GetFromJsonAsync<EvidenceDetail>($"/api/tasks/{first}"))!.Evidence);
        Assert.Equal(second, Assert.Single(onFirst.ReusedBy).TaskId);
        // Stored once: content-addressed.
        var hash = onFirst.Sha256;
        Assert.Single(Directory.GetFiles(Path.Combine(DataDirectory, "tasks-evidence", hash[..2]), hash + "*"));
        var audit = (await World.Admin.GetFromJsonAsync<List<AuditView>>($"/api/tasks/{second}/audit"))!;
        Assert.Contains(audit, a => a.Action == "evidence_added" && a.Note!.Contains("其他 1 项任务"));
    }

    [Fact]
    public async Task A_close_out_needs_evidence_on_the_task_and_names_what_it_puts_forward()
    {
        var id = await World.PlanAsync();
        var other = await World.PlanAsync();
        await World.Responsible.PostAsJsonAsync($"/api/tasks/{id}/progress", TaskWorld.Progress());

        var bare = await World.Responsible.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已整改到位" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("evidenceIds", (await bare.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal("in_progress", (await World.TaskAsync(id)).State);

        var mine = await EvidenceIdAsync(await TaskWorld.UploadAsync(World.Responsible, id, Evidence.Pdf(), "制度文件.pdf"));
        await TaskWorld.UploadAsync(World.Responsible, id, Evidence.Png(), "会议照片.png");
        var elsewhere = await EvidenceIdAsync(await TaskWorld.UploadAsync(World.Coordinator, other, Evidence.Pdf(), "别的任务.pdf"));
        var wrong = await World.Responsible.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已整改到位", evidenceIds = new[] { elsewhere } });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("evidenceIds[0]", (await wrong.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);

        var asked = await World.Responsible.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已整改到位", evidenceIds = new[] { mine } });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var detail = (await World.Admin.GetFromJsonAsync<EvidenceDetail>($"/api/tasks/{id}"))!;
        Assert.Equal([mine], Assert.Single(detail.CloseOuts).EvidenceIds);
        // Submitted: frozen, evidence included.
        Assert.Equal(HttpStatusCode.Conflict, (await TaskWorld.UploadAsync(World.Responsible, id, Evidence.Png(), "补充.png")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await World.Responsible.DeleteAsync($"/api/tasks/{id}/evidence/{mine}")).StatusCode);
    }

    [Fact]
    public async Task Removing_a_file_is_audited_and_published_and_it_no_longer_downloads()
    {
        var id = await World.PlanAsync();
        var evidence = await EvidenceIdAsync(await TaskWorld.UploadAsync(World.Responsible, id, Evidence.Docx(), "整改报告.docx"));

        var removed = await World.Responsible.DeleteAsync($"/api/tasks/{id}/evidence/{evidence}?reason=传错文件");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await World.Admin.GetAsync($"/api/tasks/{id}/evidence/{evidence}/content")).StatusCode);
        Assert.Empty((await World.Admin.GetFromJsonAsync<EvidenceDetail>($"/api/tasks/{id}"))!.Evidence);
        var kept = Assert.Single((await World.Admin.GetFromJsonAsync<List<EvidenceItem>>($"/api/tasks/{id}/evidence?includeRemoved=true"))!);
        Assert.NotNull(kept.RemovedAt);
        var audit = (await World.Admin.GetFromJsonAsync<List<AuditView>>($"/api/tasks/{id}/audit"))!;
        Assert.Contains(audit, a => a.Action == "evidence_added" && a.To!.StartsWith("整改报告.docx"));
        Assert.Contains(audit, a => a.Action == "evidence_removed" && a.From!.StartsWith("整改报告.docx") && a.Note == "传错文件");
        Assert.Contains(await World.Host.PublishedAsync<EvidenceRemoved>(p => p.Any(e => e.EvidenceId == evidence)), e => e.Reason == "传错文件");
    }

    [Fact]
    public async Task Another_units_coordinator_cannot_upload_list_or_download_and_a_colleague_cannot_upload()
    {
        var id = await World.PlanAsync();
        var evidence = await EvidenceIdAsync(await TaskWorld.UploadAsync(World.Responsible, id, Evidence.Png(), "照片.png"));

        Assert.Equal(HttpStatusCode.NotFound, (await TaskWorld.UploadAsync(World.OtherCoordinator, id, Evidence.Png(), "照片.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await World.OtherCoordinator.GetAsync($"/api/tasks/{id}/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await World.OtherCoordinator.GetAsync($"/api/tasks/{id}/evidence/{evidence}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await World.OtherCoordinator.DeleteAsync($"/api/tasks/{id}/evidence/{evidence}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TaskWorld.UploadAsync(World.ColleagueClient, id, Evidence.Png(), "照片.png")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await World.Viewer.DeleteAsync($"/api/tasks/{id}/evidence/{evidence}")).StatusCode);
        Assert.Equal(1, await World.Host.Db(db => db.EvidenceFiles.CountAsync(e => e.TaskId == id && e.RemovedAt == null)));
    }

    private string DataDirectory => World.Host.DataDirectory;

    private List<string> StoredFiles()
    {
        var root = Path.Combine(DataDirectory, "tasks-evidence");
        return Directory.Exists(root) ? [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order()] : [];
    }

    private static async Task<Guid> EvidenceIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Uploaded>())!.Evidence.Id;
    }

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("readme.txt").Open())
            entry.Write("hello"u8);
        return stream.ToArray();
    }
}

/// <summary>Where the limit is set low, a larger file is refused as a 400 on file.</summary>
public sealed class Evidence_size_limit : IDisposable
{
    private readonly TasksHost _host = new(("Tasks:EvidenceMaxBytes", "1024"));

    [Fact]
    public async Task A_file_over_the_limit_is_refused()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync();

        var large = await TaskWorld.UploadAsync(world.Coordinator, id, Evidence.Png(new string('x', 2000)), "大图.png");
        var small = await TaskWorld.UploadAsync(world.Coordinator, id, Evidence.Png(), "小图.png");

        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("file", (await large.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
        Assert.Equal(1, await _host.Db(db => db.EvidenceFiles.CountAsync(e => e.TaskId == id)));
    }

    public void Dispose() => _host.Dispose();
}

public sealed record Uploaded(EvidenceItem Evidence, List<WarningView> Warnings);

public sealed record WarningView(string Code, string Message, List<ReuseView> Tasks, int OutOfScope);

public sealed record ReuseView(Guid TaskId, string FileName);

public sealed record EvidenceItem(Guid Id, string FileName, string Type, string ContentType, long Size, string Sha256, string DownloadUrl, List<ReuseView> ReusedBy, DateTimeOffset? RemovedAt);

public sealed record CloseOutItem(List<Guid> EvidenceIds);

public sealed record EvidenceDetail(List<EvidenceItem> Evidence, List<CloseOutItem> CloseOuts);
