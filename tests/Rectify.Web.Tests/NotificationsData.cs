using System.Net;

namespace Rectify.Web.Tests;

/// <summary>Gateway answers for the notification pages (shapes of docs/notifications.md, HTTP).</summary>
internal static class NotificationsData
{
    public const string UnitId = "6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001";

    public const string Inbox = """
        [{"id":12,"title":"整改方案提交时限提醒","body":"距整改方案提交时限还有3个工作日。","subjectKind":"plan","subjectId":"11111111-0000-0000-0000-000000000001",
          "unitId":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001","isEscalation":false,"createdAt":"2024-09-30T01:00:00Z","readAt":null},
         {"id":7,"title":"逾期督办","body":"整改任务已逾期3个工作日。","subjectKind":"task","subjectId":"11111111-0000-0000-0000-000000000002",
          "unitId":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001","isEscalation":true,"createdAt":"2024-09-20T01:00:00Z","readAt":"2024-09-21T02:00:00Z"}]
        """;

    public const string Schedules = """
        [{"id":3,"subjectKind":"task","subjectId":"11111111-0000-0000-0000-000000000002","unitId":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001",
          "rule":"before-3wd","tier":"responsible","isEscalation":false,"deadline":"2024-10-10","deadlineVersion":4,
          "recipientId":"22222222-0000-0000-0000-000000000001","recipientName":"王强","remindOn":"2024-09-30","dueAt":"2024-09-30T01:00:00Z",
          "state":"pending","completedAt":null},
         {"id":4,"subjectKind":"task","subjectId":"11111111-0000-0000-0000-000000000002","unitId":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001",
          "rule":"escalate-leader","tier":"leader","isEscalation":true,"deadline":"2024-10-10","deadlineVersion":4,
          "recipientId":"22222222-0000-0000-0000-000000000002","recipientName":null,"remindOn":"2024-10-15","dueAt":"2024-10-15T01:00:00Z",
          "state":"pending","completedAt":null}]
        """;

    public const string Deliveries = """
        [{"id":9,"scheduleId":3,"unitId":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001","channel":"webhook","target":"整改办钉钉群","state":"pending",
          "attempts":3,"nextAttemptAt":"2024-09-30T01:04:00Z","lastError":"errcode 310000: sign not match","createdAt":"2024-09-30T01:00:00Z","sentAt":null},
         {"id":8,"scheduleId":3,"unitId":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001","channel":"inbox","target":"22222222-0000-0000-0000-000000000001",
          "state":"sent","attempts":1,"nextAttemptAt":null,"lastError":null,"createdAt":"2024-09-30T01:00:00Z","sentAt":"2024-09-30T01:00:01Z"}]
        """;

    public const string Calendar2024 = """
        {"year":2024,"seeded":true,"days":[
          {"date":"2024-09-29","isWorkingDay":true,"name":"国庆节调休","source":"seeded"},
          {"date":"2024-10-01","isWorkingDay":false,"name":"国庆节","source":"seeded"},
          {"date":"2024-10-12","isWorkingDay":true,"name":"国庆节调休","source":"edited"}]}
        """;

    public const string Units = """
        [{"id":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001","name":"市发展和改革委员会","shortName":"市发改委","kind":"党组","version":2,"jurisdictionId":null}]
        """;

    /// <summary>The path of 陕西省 / 西安市 in PagesTests.Tree: its ancestors' ids without dashes.</summary>
    public const string XianPath = "/0d3c0000000000000000000000000001/0d3c0000000000000000000000000002/";

    /// <summary>The default, then 西安市's override (with a rule this UI does not know) and one for a jurisdiction not in the tree.</summary>
    public const string Rules = """
        [{"jurisdictionPath":null,"rules":{"calendarDaysBefore":[20,10],"workingDaysBefore":[5,3,1],"onDueDay":true,"overdueDailyFor":20,
          "escalateToLeaderAfter":3,"escalateToTopAfter":10,"reportPeriodWorkingDaysBefore":[3],"sendAt":"09:00:00","weeklyDigest":true,
          "digestDay":1,"digestAt":"09:00:00"}},
         {"jurisdictionPath":"/0d3c0000000000000000000000000001/0d3c0000000000000000000000000002/","rules":{"calendarDaysBefore":[30],
          "workingDaysBefore":[5,2],"onDueDay":false,"overdueDailyFor":0,"escalateToLeaderAfter":5,"escalateToTopAfter":0,
          "reportPeriodWorkingDaysBefore":[],"sendAt":"08:30:00","weeklyDigest":false,"digestDay":5,"digestAt":"17:00:00","futureRule":7}},
         {"jurisdictionPath":"/9f000000000000000000000000000009/","rules":{"calendarDaysBefore":[],"workingDaysBefore":[],"onDueDay":true,
          "overdueDailyFor":1,"escalateToLeaderAfter":0,"escalateToTopAfter":4,"reportPeriodWorkingDaysBefore":[2,1],"sendAt":"09:00:00",
          "weeklyDigest":true,"digestDay":0,"digestAt":"18:30:00"}}]
        """;

    public static string Profile(string role) => role.Length == 0
        ? """{"id":"a1","userName":"admin","displayName":"张三","personId":"p1","grants":[]}"""
        : $$"""{"id":"a1","userName":"admin","displayName":"张三","personId":"p1","grants":[{"id":"g1","role":"{{role}}","unitId":null,"jurisdictionId":null}]}""";

    /// <summary>A unit's move waiting, a calendar edit still running (14:05 in Shanghai) and a finished rules change for 西安市.</summary>
    public const string Replans = """
        [{"id":3,"jurisdictionPath":"/0d3c0000000000000000000000000001/0d3c0000000000000000000000000002/","reason":"unit-moved","requestedBy":null,
          "requestedAt":"2024-09-02T07:00:00+00:00","total":3,"done":0,"completedAt":null,"unitId":"0d3c0000-0000-0000-0000-000000000099"},
         {"id":2,"jurisdictionPath":null,"reason":"calendar","requestedBy":"admin","requestedAt":"2024-09-02T06:05:00+00:00","total":1200,"done":400,"completedAt":null},
         {"id":1,"jurisdictionPath":"/0d3c0000000000000000000000000001/0d3c0000000000000000000000000002/","reason":"rules","requestedBy":"office",
          "requestedAt":"2024-09-01T02:00:00+00:00","total":35,"done":35,"completedAt":"2024-09-01T02:00:02+00:00"}]
        """;

    /// <summary>Everything the notification pages read, for a user with the given role ("" for none).</summary>
    public static FakeGateway Serve(this FakeGateway gateway, string role = "admin") => gateway
        .On("GET /api/units/me", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Profile(role)))
        .On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Units))
        .On("GET /api/notifications/inbox/unread-count", (_, _) => FakeGateway.Json(HttpStatusCode.OK, """{"count":5}"""))
        .On("GET /api/notifications/inbox", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Inbox))
        .On("POST /api/notifications/inbox/12/read", (_, _) => new HttpResponseMessage(HttpStatusCode.NoContent))
        .On("POST /api/notifications/inbox/read-all", (_, _) => new HttpResponseMessage(HttpStatusCode.NoContent))
        .On("GET /api/notifications/preferences", (_, _) => FakeGateway.Json(HttpStatusCode.OK,
            """{"email":true,"inbox":true,"webhook":false,"quietStart":"22:00","quietEnd":"07:00","defaultQuietHours":true}"""))
        .On("GET /api/notifications/schedules", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Schedules))
        .On("GET /api/notifications/deliveries", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Deliveries))
        .On("GET /api/notifications/calendar/2024", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Calendar2024))
        .On("GET /api/notifications/rules", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Rules))
        .On("GET /api/notifications/replans", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Replans))
        .On("GET /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.OK, PagesTests.Tree));
}
