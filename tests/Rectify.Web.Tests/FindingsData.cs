using System.Net;

namespace Rectify.Web.Tests;

/// <summary>Answers of the findings service, shaped like docs/findings.md, for the inspection and import pages.</summary>
internal static class FindingsData
{
    public const string UnitId = "6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001";
    public const string OtherUnitId = "6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c002";
    public const string InspectionId = "1a000000-0000-0000-0000-000000000001";
    public const string AspectId = "f1000000-0000-0000-0000-000000000001";
    public const string ProblemId = "f1000000-0000-0000-0000-000000000002";
    public const string IssueId = "f1000000-0000-0000-0000-000000000003";
    public const string ImportId = "b0000000-0000-0000-0000-000000000001";
    public const string Inspection = "/inspections/" + InspectionId;

    public const string Units = $$"""
        [{"id":"{{UnitId}}","name":"中共西安市科协党组","shortName":"西安市科协","kind":"党组","version":1},
         {"id":"{{OtherUnitId}}","name":"中共三门县投资促进中心党组","shortName":"三门县投促中心","kind":"党组","version":1}]
        """;

    public const string List = $$"""
        [{"id":"{{InspectionId}}","unitId":"{{UnitId}}","unitName":"中共西安市科协党组","kind":"xuncha","issuer":"市委",
          "team":"市委第三巡察组","round":"十三届市委第一轮","type":"常规","onSiteStart":"2022-03-01","onSiteEnd":"2022-06-10",
          "feedbackOn":"2022-07-25","status":"rectifying","version":7},
         {"id":"1a000000-0000-0000-0000-000000000002","unitId":"{{OtherUnitId}}","unitName":"中共三门县投资促进中心党组","kind":"xunshi","issuer":"省委",
          "team":"省委巡视四组","round":"十四届省委第二轮","type":"专项","onSiteStart":"2021-09-01","onSiteEnd":"2021-10-30",
          "feedbackOn":null,"status":"registered","version":1}]
        """;

    /// <summary>一 aspect → （一） problem (立行立改, money) → 1 issue (tags); ordinals as the notice wrote them.</summary>
    public static string Detail(string status = "rectifying") => $$"""
        {"id":"{{InspectionId}}","unitId":"{{UnitId}}","unitName":"中共西安市科协党组","kind":"xuncha","issuer":"市委",
         "team":"市委第三巡察组","round":"十三届市委第一轮","type":"常规","onSiteStart":"2022-03-01","onSiteEnd":"2022-06-10",
         "feedbackOn":"2022-07-25","status":"{{status}}","version":7,
         "findings":[
           {"id":"{{AspectId}}","parentId":null,"level":1,"ordinal":"一","title":"贯彻落实新时代党的组织路线存在薄弱环节","tags":[],
            "moneyInvolved":null,"immediateFix":false,"recurrenceOfFindingId":null,"version":1,"children":[
              {"id":"{{ProblemId}}","parentId":"{{AspectId}}","level":2,"ordinal":"（一）","title":"违规发放津补贴","tags":[],
               "moneyInvolved":12000.5,"immediateFix":true,"recurrenceOfFindingId":null,"version":1,"children":[
                 {"id":"{{IssueId}}","parentId":"{{ProblemId}}","level":3,"ordinal":"1","title":"财务报销审核不严","tags":["财务","制度"],
                  "moneyInvolved":null,"immediateFix":false,"recurrenceOfFindingId":null,"version":1,"children":[]}]}]}]}
        """;

    public const string AdminProfile = """
        {"id":"a0000000-0000-0000-0000-000000000001","userName":"admin","displayName":"系统管理员","personId":null,
         "grants":[{"id":"c0000000-0000-0000-0000-000000000001","role":"admin","unitId":null,"jurisdictionId":null}]}
        """;

    public const string CoordinatorProfile = $$"""
        {"id":"a0000000-0000-0000-0000-000000000002","userName":"liuyang","displayName":"刘洋","personId":null,
         "grants":[{"id":"c0000000-0000-0000-0000-000000000002","role":"unit_coordinator","unitId":"{{UnitId}}","jurisdictionId":null}]}
        """;

    /// <summary>The unit's discipline liaison (纪检监察联络员): the only one who reads the inspection's clues.</summary>
    public const string LiaisonProfile = $$"""
        {"id":"a0000000-0000-0000-0000-000000000003","userName":"zhaomin","displayName":"赵敏","personId":null,
         "grants":[{"id":"c0000000-0000-0000-0000-000000000003","role":"discipline_liaison","unitId":"{{UnitId}}","jurisdictionId":null}]}
        """;

    /// <summary>A preview as POST/GET api/findings/imports answer it; the notice says no on-site period and no round.</summary>
    public static string Preview(string status = "preview", string? inspectionId = null, string? suggestedUnitId = UnitId) => $$$"""
        {"id":"{{{ImportId}}}","status":"{{{status}}}","source":"report_04.txt","createdAt":"2026-11-20T08:00:00Z",
         "suggestedUnitId":{{{Quoted(suggestedUnitId)}}},"missing":["onSiteStart","onSiteEnd","round","type"],"inspectionId":{{{Quoted(inspectionId)}}},
         "notice":{"source":"report_04.txt","title":"中共西安市科协党组关于巡察整改进展情况的通报","publishedOn":"2022-12-01",
           "unit":"中共西安市科协党组",
           "inspection":{"kind":"xuncha","issuer":"市委","team":"市委第三巡察组","type":null,"onSiteStart":null,"onSiteEnd":null,"feedbackOn":"2022-07-25"},
           "stated":{"aspects":2,"problems":3,"issues":null,"completed":2,"completionRate":66.7},
           "structure":[2,2],
           "findings":[
             {"title":"党的领导弱化","status":null,"taskState":null,"statusText":null,"statusFromLabel":null,"responsibleLeader":null,
              "responsibleUnit":null,"deadline":null,"measures":[],"children":[
                {"title":"学习贯彻不深入","status":"completed_sustained","taskState":"completed_sustained","statusText":"已完成整改并长期坚持",
                 "statusFromLabel":true,"responsibleLeader":"张三","responsibleUnit":"办公室","deadline":"2022年12月底",
                 "measures":["制定理论学习计划","开展专题研讨3次"],"children":[]}]},
             {"title":"全面从严治党不到位","status":null,"taskState":null,"statusText":null,"statusFromLabel":null,"responsibleLeader":null,
              "responsibleUnit":null,"deadline":null,"measures":[],"children":[
                {"title":"监督执纪偏软","status":"in_progress","taskState":"in_progress","statusText":"正在推进","statusFromLabel":true,
                 "responsibleLeader":null,"responsibleUnit":null,"deadline":null,"measures":["约谈3人"],"children":[]}]}],
           "outcomes":{"talkPeople":3,"talkBatches":null,"rulesMade":2,"rulesRevised":null,"moneyYuan":null},
           "contact":null,
           "warnings":["the notice states 3 problems (问题) but the tree has 2 second-level headings","no on-site period (…至…) in the opening sentence"]}}
        """;

    public static HttpResponseMessage Ok(string json) => FakeGateway.Json(HttpStatusCode.OK, json);

    /// <summary>A signed-in administrator with the findings reads answered.</summary>
    public static WebUiFactory Factory(string profile = AdminProfile)
    {
        var factory = new WebUiFactory();
        factory.Gateway
            .On("GET /api/units/me", (_, _) => Ok(profile))
            .On("GET /api/units", (_, _) => Ok(Units))
            .On("GET /api/findings/inspections", (_, _) => Ok(List))
            .On($"GET /api/findings/inspections/{InspectionId}", (_, _) => Ok(Detail()))
            .On($"GET /api/findings/imports/{ImportId}", (_, _) => Ok(Preview()));
        return factory;
    }

    internal static string Quoted(string? value) => value is null ? "null" : $"\"{value}\"";
}
