using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Rectify.Units.Apis;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;
using Template = Rectify.Units.StaffDirectory.StaffDirectoryTemplate;

namespace Rectify.Units.StaffDirectory;

public sealed record ImportResult(int Created, int Updated, int Unchanged);

/// <summary>Either every row's error, or the counts of what was written.</summary>
public sealed record ImportOutcome(IReadOnlyList<RowError> Errors, ImportResult? Result);

/// <summary>
/// Imports a unit's directory (通讯录) from sheet rows: all rows are checked first and every error is
/// reported; only a clean file is staged through <see cref="PeopleDirectory"/> and saved once, so the
/// people and their events commit together or not at all.
/// </summary>
public sealed partial class StaffDirectoryImport(UnitsDbContext db, PeopleDirectory people)
{
    private static readonly EmailAddressAttribute EmailRule = new();

    public async Task<ImportOutcome> RunAsync(Guid unitId, IReadOnlyList<StaffRow> rows, string? actor, CancellationToken ct)
    {
        // Department names are unique within a unit (index), so a name picks exactly one.
        var departments = await db.Departments.AsNoTracking().Where(d => d.UnitId == unitId).ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var existing = (await db.People.Where(p => p.UnitId == unitId).ToListAsync(ct)).ToLookup(p => p.Name, StringComparer.Ordinal);

        var errors = new List<RowError>();
        var plans = new List<(PersonInput Input, Person? Person)>();
        var firstRowOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var rowErrors = Check(row, departments);
            if (row.Name.Length > 0 && !firstRowOfName.TryAdd(row.Name, row.Row))
                rowErrors.Add(new RowError(row.Row, Template.Name, $"与第 {firstRowOfName[row.Name]} 行重名。"));
            var person = rowErrors.Count == 0 ? Match(row, existing[row.Name].ToList(), rowErrors) : null;
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
                plans.Add((ToInput(row, departments), person));
        }
        if (errors.Count > 0)
            return new ImportOutcome(errors.OrderBy(e => e.Row).ThenBy(e => Template.Columns.TakeWhile(c => c != e.Column).Count()).ToList(), null);

        int created = 0, updated = 0, unchanged = 0;
        foreach (var (input, person) in plans)
        {
            if (person is null)
            {
                await people.StageRegistrationAsync(unitId, input, actor, ct);
                created++;
            }
            else if (Differs(person, input))
            {
                await people.StageUpdateAsync(person, input, actor, ct);
                updated++;
            }
            else
                unchanged++;
        }
        await db.SaveChangesAsync(ct);
        return new ImportOutcome([], new ImportResult(created, updated, unchanged));
    }

    // The same limits as PersonRequest, reported per cell in the words of the sheet's users.
    private static List<RowError> Check(StaffRow row, Dictionary<string, Guid> departments)
    {
        var errors = new List<RowError>();
        void Add(string column, string reason) => errors.Add(new RowError(row.Row, column, reason));

        if (row.Name.Length == 0)
            Add(Template.Name, "姓名必填。");
        else if (row.Name.Length is < 2 or > 50)
            Add(Template.Name, "姓名应为 2 到 50 个字符。");
        if (row.Position.Length == 0)
            Add(Template.Position, "职务必填。");
        else if (row.Position.Length > 100)
            Add(Template.Position, "职务不能超过 100 个字符。");
        if (row.Department.Length > 0 && !departments.ContainsKey(row.Department))
            Add(Template.Department, $"本单位没有名为“{row.Department}”的科室；请先在单位中添加，或留空。");
        if (row.Email.Length > 0 && (row.Email.Length > 200 || !EmailRule.IsValid(row.Email)))
            Add(Template.Email, $"“{row.Email}”不是有效的电子邮箱。");
        if (row.Mobile.Length > 0 && !MobileRule().IsMatch(row.Mobile))
            Add(Template.Mobile, $"“{row.Mobile}”不是有效的手机号码。");
        if (row.DingTalkUserId.Length > 100)
            Add(Template.DingTalkUserId, "钉钉ID不能超过 100 个字符。");
        if (row.WeComUserId.Length > 100)
            Add(Template.WeComUserId, "企业微信ID不能超过 100 个字符。");
        return errors;
    }

    // The name identifies a person; only when the unit has namesakes does the mobile decide which one.
    private static Person? Match(StaffRow row, List<Person> namesakes, List<RowError> errors)
    {
        if (namesakes.Count <= 1)
            return namesakes.FirstOrDefault();
        if (row.Mobile.Length == 0)
        {
            errors.Add(new RowError(row.Row, Template.Mobile, $"本单位有 {namesakes.Count} 位名为“{row.Name}”的人员，请填写手机以确定是哪一位。"));
            return null;
        }
        var byMobile = namesakes.Where(p => p.Mobile == row.Mobile).ToList();
        if (byMobile.Count == 1)
            return byMobile[0];
        errors.Add(new RowError(row.Row, Template.Mobile, byMobile.Count == 0
            ? $"本单位有 {namesakes.Count} 位名为“{row.Name}”的人员，手机与其中任何一位都不符。"
            : $"本单位有 {byMobile.Count} 位名为“{row.Name}”且手机相同的人员，无法确定是哪一位。"));
        return null;
    }

    private static PersonInput ToInput(StaffRow row, Dictionary<string, Guid> departments) => new(
        row.Name, row.Position, row.Department.Length > 0 ? departments[row.Department] : null,
        Blank(row.Email), Blank(row.Mobile), Blank(row.DingTalkUserId), Blank(row.WeComUserId));

    // Re-importing an unchanged file must not raise versions or publish PersonUpdated for nothing.
    private static bool Differs(Person p, PersonInput i) =>
        p.Name != i.Name || p.Position != i.Position || p.DepartmentId != i.DepartmentId || p.Email != i.Email
        || p.Mobile != i.Mobile || p.DingTalkUserId != i.DingTalkUserId || p.WeComUserId != i.WeComUserId;

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(PersonRequest.MobilePattern)]
    private static partial Regex MobileRule();
}
