using System.Net;
using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

/// <summary>Answers of the tasks service, shaped like docs/tasks.md, for the task pages.</summary>
internal static class TasksData
{
    public const string TaskId = "7a000000-0000-0000-0000-000000000001";
    public const string OtherTaskId = "7a000000-0000-0000-0000-000000000002";
    public const string LeaderId = "9e000000-0000-0000-0000-000000000001";
    public const string PersonId = "9e000000-0000-0000-0000-000000000002";
    public const string ExtensionId = "e0000000-0000-0000-0000-000000000001";
    public const string TaskPath = "/tasks/" + TaskId;
    public const string Plan = Inspection + "/plan";

    public static string Summary(
        string state = "in_progress", string light = "yellow", bool overdue = false, int? daysLeft = 6, int? level = null, long version = 4,
        string id = TaskId, string? returnReason = null) => $$"""
        {"id":"{{id}}","findingId":"{{IssueId}}","inspectionId":"{{InspectionId}}","unitId":"{{UnitId}}",
         "measures":"修订财务报销审核办法，开展专项检查","kind":"time_limited","state":"{{state}}",
         "responsibleLeaderId":"{{LeaderId}}","responsibleLeader":"王敏","responsibleDepartment":"财务科",
         "responsiblePersonId":"{{PersonId}}","responsiblePerson":"李娜","originalDeadline":"2022-12-31","deadline":"2023-03-31",
         "deadlineText":null,"deadlineVersion":2,"overdue":{{(overdue ? "true" : "false")}},"workingDaysLeft":{{(daysLeft?.ToString() ?? "null")}},
         "light":"{{light}}","pendingReviewLevel":{{(level?.ToString() ?? "null")}},"returnReason":{{(returnReason is null ? "null" : $"\"{returnReason}\"")}},
         "closedOn":null,"imported":false,"version":{{version}}}
        """;

    public static string TaskDetailJson(string summary, bool pendingExtension = false) => $$"""
        {"task":{{summary}},"findingOrdinal":"1","findingTitle":"财务报销审核不严",
         "progress":[{"id":"p1","taskId":"{{TaskId}}","reportedOn":"2022-09-01","position":1,"narrative":"一是修订报销办法；二是开展自查。","actor":"x","actorName":"李娜","at":"2022-09-01T08:00:00Z"}],
         "outcomes":[{"id":"o1","taskId":"{{TaskId}}","progressEntryId":null,"kind":"rule_made","title":"财务报销管理办法","talkKind":null,"people":null,"batches":null,"amount":null,"actor":"x","at":"2022-09-01T08:00:00Z"},
                     {"id":"o2","taskId":"{{TaskId}}","progressEntryId":null,"kind":"money_returned","title":null,"talkKind":null,"people":null,"batches":null,"amount":12000.5,"actor":"x","at":"2022-09-02T08:00:00Z"}],
         "outcomeTotals":{"rulesMade":1,"rulesRevised":0,"talkPeople":0,"talkBatches":0,"moneyReturned":12000.5,"moneyRecovered":0,"peopleHeldAccountable":0},
         "deadlineRevisions":[{"id":"r1","taskId":"{{TaskId}}","version":2,"from":"2022-12-31","to":"2023-03-31","reason":"需跨年度整改","requestedBy":"x","requestedByName":"李娜","approvedBy":"y","approvedByName":"刘洋","extensionRequestId":null,"at":"2022-12-01T08:00:00Z"}],
         "extensionRequests":[{"id":"{{ExtensionId}}","taskId":"{{TaskId}}","proposedDeadline":"2023-06-30","reason":"等待上级文件","requestedBy":"x","requestedByName":"李娜","requestedAt":"2023-01-05T08:00:00Z","status":"{{(pendingExtension ? "pending" : "rejected")}}","decidedBy":null,"decidedByName":{{(pendingExtension ? "null" : "\"刘洋\"")}},"decidedAt":null,"decisionReason":{{(pendingExtension ? "null" : "\"理由不充分\"")}}}],
         "closeOuts":[],
         "audit":[{"id":1,"taskId":"{{TaskId}}","inspectionId":"{{InspectionId}}","unitId":"{{UnitId}}","at":"2022-08-01T08:00:00Z","actor":"y","actorName":"刘洋","action":"planned","field":"state","from":null,"to":"planned","note":null}]}
        """;

    public static string PlanJson(string tasks) => $$"""
        {"inspectionId":"{{InspectionId}}","unitId":"{{UnitId}}","unitName":"中共西安市科协党组","team":"市委第三巡察组","round":"十三届市委第一轮",
         "feedbackOn":"2022-07-25","planDue":"2022-08-24","closedOn":null,
         "findings":[
           {"id":"{{AspectId}}","parentId":null,"level":1,"ordinal":"一","title":"贯彻落实新时代党的组织路线存在薄弱环节","immediateFix":false,"tags":[],"tasks":[]},
           {"id":"{{ProblemId}}","parentId":"{{AspectId}}","level":2,"ordinal":"（一）","title":"违规发放津补贴","immediateFix":true,"tags":[],"tasks":[]},
           {"id":"{{IssueId}}","parentId":"{{ProblemId}}","level":3,"ordinal":"1","title":"财务报销审核不严","immediateFix":false,"tags":[],"tasks":[{{tasks}}]}]}
        """;

    public const string People = $$"""
        [{"id":"{{LeaderId}}","unitId":"{{UnitId}}","departmentId":null,"name":"王敏","position":"副主席","email":null,"mobile":null,"dingTalkUserId":null,"weComUserId":null,"version":1},
         {"id":"{{PersonId}}","unitId":"{{UnitId}}","departmentId":null,"name":"李娜","position":"科长","email":null,"mobile":null,"dingTalkUserId":null,"weComUserId":null,"version":1}]
        """;

    public const string Departments = $$"""[{"id":"d1","unitId":"{{UnitId}}","name":"财务科","version":1}]""";

    /// <summary>The responsible person: a person id and the unit's responsible_person grant.</summary>
    public const string PersonProfile = $$"""
        {"id":"a0000000-0000-0000-0000-000000000003","userName":"lina","displayName":"李娜","personId":"{{PersonId}}",
         "grants":[{"id":"c0000000-0000-0000-0000-000000000003","role":"responsible_person","unitId":"{{UnitId}}","jurisdictionId":null}]}
        """;

    /// <summary>The inspection office (巡察办): a jurisdiction grant, no unit.</summary>
    public const string OfficeProfile = """
        {"id":"a0000000-0000-0000-0000-000000000005","userName":"xcb","displayName":"巡察办","personId":null,
         "grants":[{"id":"c0000000-0000-0000-0000-000000000005","role":"inspection_office","unitId":null,"jurisdictionId":"0d3c0000-0000-0000-0000-000000000002"}]}
        """;

    /// <summary>One item of GET api/tasks/review-queue around a submitted task.</summary>
    public static string QueueItem(string summary, int round, string? lastReturnReason) => $$"""
        {"task":{{summary}},"unitName":"中共西安市科协党组","findingOrdinal":"1","findingTitle":"财务报销审核不严",
         "requestId":"e0000000-0000-0000-0000-000000000001","requestedAt":"2026-12-01T08:00:00Z","requestedByName":"李娜","note":null,
         "round":{{round}},"lastReturnReason":{{Quoted(lastReturnReason)}}}
        """;

    public const string ViewerProfile = $$"""
        {"id":"a0000000-0000-0000-0000-000000000004","userName":"viewer","displayName":"查看","personId":null,
         "grants":[{"id":"c0000000-0000-0000-0000-000000000004","role":"viewer","unitId":"{{UnitId}}","jurisdictionId":null}]}
        """;

    /// <summary>A signed-in user (the administrator unless told) with the findings and tasks reads answered.</summary>
    public static WebUiFactory TasksFactory(string profile = AdminProfile, string? summary = null, bool pendingExtension = false)
    {
        var factory = Factory(profile);
        summary ??= Summary();
        factory.Gateway
            .On($"GET /api/tasks/{TaskId}", (_, _) => Ok(TaskDetailJson(summary, pendingExtension)))
            .On($"GET /api/tasks/inspections/{InspectionId}/plan", (_, _) => Ok(PlanJson(summary)))
            .On($"GET /api/units/{UnitId}/people", (_, _) => Ok(People))
            .On($"GET /api/units/{UnitId}/departments", (_, _) => Ok(Departments));
        return factory;
    }

    public static HttpResponseMessage Problem(string field, string message) => FakeGateway.Json(HttpStatusCode.BadRequest,
        $$$"""{"title":"One or more validation errors occurred.","status":400,"errors":{"{{{field}}}":["{{{message}}}"]}}""");
}
