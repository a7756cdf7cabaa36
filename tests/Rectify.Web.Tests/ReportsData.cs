using System.Net;

namespace Rectify.Web.Tests;

/// <summary>Gateway answers for the reporting pages (shapes of docs/reporting.md, HTTP).</summary>
internal static class ReportsData
{
    public const string UnitA = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string UnitB = "aaaaaaaa-0000-0000-0000-000000000002";
    public const string Inspection = "bbbbbbbb-0000-0000-0000-000000000001";
    public const string Notice = "cccccccc-0000-0000-0000-000000000001";
    public const string Leaf = "dddddddd-0000-0000-0000-000000000002";
    public const string Snapshot = "eeeeeeee-0000-0000-0000-000000000001";

    public static string Figures(int total, int closed, int overdue, string? rate) => $$$"""
        {"total":{{{total}}},"closed":{{{closed}}},"sustained":0,"inProgress":{{{total - closed}}},"notStarted":0,"overdue":{{{overdue}}},"red":{{{overdue}}},
         "yellow":0,"green":{{{total - closed - overdue}}},"slipped":1,"slipDays":10,"noRecentProgress":0,"completionRate":{{{rate ?? "null"}}},
         "outcomes":{"rulesMade":2,"rulesRevised":1,"talkPeople":3,"talkBatches":1,"moneyReturned":1200.5,"moneyRecovered":0,"peopleHeldAccountable":0}}
        """;

    public static readonly string Dashboard = $$"""
        {"asOf":"2026-06-15","filter":{},"totals":{{Figures(7, 3, 2, "42.9")}},"clues":2,"rows":[
          {"unitId":"{{UnitA}}","name":"县科技局党组","shortName":"科技局","jurisdictionPath":"/p/fz/kj/","figures":{{Figures(5, 2, 1, "40.0")}},"clues":2},
          {"unitId":"{{UnitB}}","name":"县审计局党组","shortName":"审计局","jurisdictionPath":"/p/fz/sj/","figures":{{Figures(0, 0, 0, null)}},"clues":0}]}
        """;

    public static readonly string Categories = $$"""
        {"asOf":"2026-06-15","filter":{},"rows":[{"category":"财务管理","figures":{{Figures(3, 1, 1, "33.3")}}}],"uncategorised":{{Figures(2, 1, 0, "50.0")}}}
        """;

    public const string Timeline = """
        {"asOf":"2026-06-15","filter":{},"weeks":2,"total":7,"closedUndated":0,"points":[
          {"weekStart":"2026-06-08","weekEnd":"2026-06-14","closed":3,"due":4},{"weekStart":"2026-06-15","weekEnd":"2026-06-21","closed":3,"due":5}]}
        """;

    public static readonly string Items = $$"""
        {"figure":"overdue","asOf":"2026-06-15","count":1,"items":[{"taskId":"ffffffff-0000-0000-0000-000000000003","findingId":"{{Leaf}}",
          "inspectionId":"{{Inspection}}","unitId":"{{UnitA}}","unitName":"县科技局党组","ordinal":"2","findingTitle":"财务管理不规范","kind":"time_limited",
          "state":"in_progress","originalDeadline":"2026-05-31","deadline":"2026-06-10","closedOn":null,"overdue":true,"light":"red","slipDays":10,
          "lastActivityOn":"2026-06-01"}]}
        """;

    public static readonly string InspectionReport = $$$"""
        {"asOf":"2026-06-15","inspectionId":"{{{Inspection}}}","unitId":"{{{UnitA}}}","unitName":"县科技局党组","kind":"xuncha","issuer":"县委","team":"第一巡察组",
         "round":"R1","type":"常规","onSiteStart":null,"onSiteEnd":null,"feedbackOn":"2026-03-01","closedOn":null,"figures":{{{Figures(5, 2, 1, "40.0")}}},"clues":2,
         "findings":[{"findingId":"dddddddd-0000-0000-0000-000000000001","parentId":null,"level":1,"ordinal":"一","title":"贯彻落实党中央决策部署不够有力",
           "tags":[],"immediateFix":false,"tasks":[],"children":[{"findingId":"{{{Leaf}}}","parentId":"dddddddd-0000-0000-0000-000000000001","level":2,
           "ordinal":"2","title":"财务管理不规范","tags":["财务管理"],"immediateFix":false,"children":[],"tasks":[{"taskId":"ffffffff-0000-0000-0000-000000000003",
           "kind":"time_limited","state":"in_progress","originalDeadline":"2026-05-31","deadline":"2026-06-10","slipDays":10,"closedOn":null,"overdue":true,
           "light":"red","responsibleDepartment":"财务科","outcomes":{"rulesMade":0,"rulesRevised":0,"talkPeople":0,"talkBatches":0,"moneyReturned":0,
           "moneyRecovered":0,"peopleHeldAccountable":0}}]}]}]}
        """;

    public static string NoticeView(long version, string status = "draft") => $$"""
        {"id":"{{Notice}}","inspectionId":"{{Inspection}}","unitId":"{{UnitA}}","status":"{{status}}","organisation":"版本{{version}}的组织落实","nextSteps":null,
         "overrides":{"{{Leaf}}":"已修订财务制度"},"title":"中共县科技局党组关于县委巡察整改进展情况的通报","publishedOn":null,"publishedAt":null,"withdrawnAt":null,
         "version":{{version}},"facts":{"depth":2,"aspects":1,"problems":1,"items":1,"completed":0,"sustained":0,"inProgress":1,"overdue":1,"notStarted":0,
         "completionRate":0.0,"rulesMade":0,"rulesRevised":0,"talkPeople":0,"talkBatches":0,"moneyReturned":0,"moneyRecovered":0,"peopleHeldAccountable":0},
         "markdown":"# 中共县科技局党组关于县委巡察整改进展情况的通报"}
        """;

    public const string NoticeHtml = """
        <!DOCTYPE html><html lang="zh-CN"><head><title>t</title><style>p{}</style></head><body><article>
        <h1>中共县科技局党组关于县委巡察整改进展情况的通报</h1><p>整改情况：已修订财务制度</p></article></body></html>
        """;

    public const string PublicNotice = """
        {"id":"cccccccc-0000-0000-0000-000000000001","title":"中共县科技局党组关于县委巡察整改进展情况的通报","unitName":"县科技局党组",
         "publishedOn":"2026-06-15","markdown":"# 标题","html":"<!DOCTYPE html><html><head><style>p{}</style></head><body><article><h1>中共县科技局党组关于县委巡察整改进展情况的通报</h1><p>联系电话：0591-87654321</p></article></body></html>"}
        """;

    public static FakeGateway ServeReports(this FakeGateway gateway) => gateway
        .Serve()
        .On("GET /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"))
        .On("GET /api/reports/dashboard", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Dashboard))
        .On("GET /api/reports/categories", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Categories))
        .On("GET /api/reports/timeline", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Timeline))
        .On("GET /api/reports/items", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Items))
        .On($"GET /api/reports/inspections/{Inspection}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, InspectionReport))
        .On($"GET /api/reports/notices/{Notice}/html", (_, _) => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(NoticeHtml, System.Text.Encoding.UTF8, "text/html"),
        })
        .On($"GET /public/notices/{Notice}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, PublicNotice))
        .On($"GET /api/reports/snapshots/{Snapshot}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
            {"snapshot":{"id":"{{Snapshot}}","label":"二季度","jurisdictionPath":"/p/fz/","unitId":null,"asOf":"2026-06-15","takenAt":"2026-06-15T02:00:00Z",
             "takenBy":"admin"},"figures":{{Dashboard}}}
            """));
}
