using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Uploads;
using Rectify.Units.Apis;

namespace Rectify.Units.StaffDirectory;

/// <summary>The directory (通讯录) as a spreadsheet: a blank template, and a bulk import of a filled one.</summary>
public static class StaffDirectoryApi
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapStaffDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(UnitsModule.Name, "/api/units").WithTags("People");
        api.MapGet("/people/template", Template);
        api.MapPost("/{unitId:guid}/people/import", ImportAsync)
            // The form reader stops a larger upload early instead of buffering it just to refuse it.
            .WithFormOptions(multipartBodyLengthLimit: MaxFileBytes)
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static FileContentHttpResult Template() =>
        TypedResults.File(StaffDirectoryTemplate.Write(), StaffDirectoryTemplate.ContentType, StaffDirectoryTemplate.FileName);

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportAsync(
        Guid unitId, HttpRequest request, UnitAccess access, StaffDirectoryImport import, UnitScope scope, CancellationToken ct)
    {
        await access.ManageableAsync(unitId, ct);
        // Read by hand rather than bound as IFormFile: an oversized or broken form then becomes this
        // endpoint's 400 in every environment, not a BadHttpRequestException (a 500 under Development).
        if (!request.HasFormContentType)
            return Refused("请以 multipart/form-data 上传，文件放在表单字段 file 中。");
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (InvalidDataException)
        {
            return Refused("文件不能超过 5 MB（或上传的表单已损坏）。");
        }
        if (file is null || file.Length == 0)
            return Refused("请在表单字段 file 中上传填写好的 .xlsx 文件。");
        if (file.Length > MaxFileBytes)
            return Refused("文件不能超过 5 MB。");

        StaffSheet sheet;
        // Opening a package needs a seekable stream; 5 MB in memory is acceptable.
        using (var buffer = new MemoryStream((int)file.Length))
        {
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            try
            {
                OfficePackageLimits.Check(buffer, file.FileName);
                sheet = StaffDirectoryReader.Read(buffer);
            }
            catch (Exception e) when (e is NotAWorkbookException or OfficePackageTooLargeException)
            {
                return Refused(e is NotAWorkbookException ? $"{file.FileName}: {e.Message}" : e.Message);
            }
        }
        if (sheet.Errors.Count > 0)
            return RowsRefused(sheet.Errors);

        var outcome = await import.RunAsync(unitId, sheet.Rows, scope.Actor, ct);
        return outcome.Result is { } result ? TypedResults.Ok(result) : RowsRefused(outcome.Errors);
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The file cannot be imported.");

    private static ProblemHttpResult RowsRefused(IReadOnlyList<RowError> rows) =>
        TypedResults.Problem(
            $"{rows.Count} 处错误，未导入任何人员；请改正后重新上传。",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The file has errors; nothing was imported.",
            extensions: new Dictionary<string, object?> { ["rows"] = rows });
}
