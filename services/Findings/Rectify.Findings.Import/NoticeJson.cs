using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rectify.Findings.Import;

/// <summary>The JSON form of an imported notice (导入结果), as docs/import-format.md describes: camelCase, dates yyyy-MM-dd, null where unknown.</summary>
public static class NoticeJson
{
    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ToJson(string source, ParsedNotice n) => new()
    {
        ["source"] = source,
        ["title"] = n.Title,
        ["publishedOn"] = Date(n.PublishedOn),
        ["unit"] = n.Unit,
        ["inspection"] = new JsonObject
        {
            ["kind"] = n.Inspection.Kind,
            ["issuer"] = n.Inspection.Issuer,
            ["team"] = n.Inspection.Team,
            ["type"] = n.Inspection.Type,
            ["onSiteStart"] = Date(n.Inspection.OnSiteStart),
            ["onSiteEnd"] = Date(n.Inspection.OnSiteEnd),
            ["feedbackOn"] = Date(n.Inspection.FeedbackOn),
            ["round"] = n.Inspection.Round,
        },
        ["stated"] = new JsonObject
        {
            ["aspects"] = n.Stated.Aspects,
            ["problems"] = n.Stated.Problems,
            ["issues"] = n.Stated.Issues,
            ["completed"] = n.Stated.Completed,
            ["completionRate"] = n.Stated.CompletionRate,
        },
        ["statedCompletion"] = n.Completion.Kind == CompletionStatementKind.None ? null : new JsonObject
        {
            ["kind"] = n.Completion.Kind.ToString().ToLowerInvariant(),
            ["completed"] = n.Completion.Completed,
            ["total"] = n.Completion.Total,
            ["level"] = n.Completion.Level,
            ["counted"] = n.Completion.Counted,
            ["withoutStatus"] = n.Completion.WithoutStatus,
            ["applied"] = n.Completion.Applied,
        },
        ["structure"] = new JsonArray(n.LevelCounts.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        ["findings"] = new JsonArray(n.Findings.Select(f => (JsonNode?)Finding(f, n.Completion)).ToArray()),
        ["outcomes"] = new JsonObject
        {
            ["talkPeople"] = n.Outcomes.TalkPeople,
            ["talkBatches"] = n.Outcomes.TalkBatches,
            ["rulesMade"] = n.Outcomes.RulesMade,
            ["rulesRevised"] = n.Outcomes.RulesRevised,
            ["moneyYuan"] = n.Outcomes.MoneyYuan,
            ["accountablePeople"] = n.Outcomes.AccountablePeople,
        },
        ["recommendations"] = new JsonArray(n.Recommendations.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        ["contact"] = n.Contact is null ? null : new JsonObject
        {
            ["text"] = n.Contact.Text,
            ["phone"] = n.Contact.Phone,
            ["email"] = n.Contact.Email,
            ["address"] = n.Contact.Address,
            ["postcode"] = n.Contact.Postcode,
        },
        ["warnings"] = new JsonArray(n.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
    };

    public static JsonObject Error(string source, string message) => new() { ["source"] = source, ["error"] = message };

    private static JsonObject Finding(ParsedFinding f, CompletionStatement completion) => new()
    {
        ["ordinal"] = f.Ordinal,
        ["title"] = f.Title,
        ["status"] = f.Status.ToJsonName(),
        ["taskState"] = Imported(f, completion).ToTaskState(),
        ["statusFromStatement"] = Imported(f, completion) != f.Status,
        ["statusText"] = f.StatusText,
        ["statusFromLabel"] = f.Status == FindingStatus.Unknown ? null : f.StatusFromLabel,
        ["responsibleLeader"] = f.ResponsibleLeader,
        ["responsibleUnit"] = f.ResponsibleUnit,
        ["deadline"] = f.Deadline,
        ["immediateFix"] = f.ImmediateFix,
        ["moneyYuan"] = f.MoneyYuan,
        ["measures"] = new JsonArray(f.Measures.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
        ["children"] = new JsonArray(f.Children.Select(c => (JsonNode?)Finding(c, completion)).ToArray()),
    };

    // The preview marks the items the tasks come from; a heading above them keeps its own status.
    private static FindingStatus Imported(ParsedFinding f, CompletionStatement completion) => f.Children.Count == 0 ? completion.StatusOf(f) : f.Status;

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
