using System.Net;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

/// <summary>Linking a finding to the one of an earlier inspection of the same unit it repeats (边改边犯), and showing the link.</summary>
public class RecurrenceLinkTests
{
    private const string EarlierId = "1a000000-0000-0000-0000-000000000003";
    private const string LaterId = "1a000000-0000-0000-0000-000000000004";
    private const string EarlierFindingId = "f2000000-0000-0000-0000-000000000001";
    private const string RecurrencePath = $"/api/findings/inspections/{InspectionId}/findings/{IssueId}/recurrence";

    /// <summary>The unit's inspections: this one, one on site before it, one after; and another unit's.</summary>
    private const string UnitInspections = $$"""
        [{"id":"{{LaterId}}","unitId":"{{UnitId}}","unitName":"中共西安市科协党组","kind":"xuncha","issuer":"市委","team":"市委第一巡察组",
          "round":"十四届市委第二轮","type":"回头看","onSiteStart":"2024-03-01","onSiteEnd":"2024-04-01","feedbackOn":null,"status":"registered","version":1},
         {"id":"{{InspectionId}}","unitId":"{{UnitId}}","unitName":"中共西安市科协党组","kind":"xuncha","issuer":"市委","team":"市委第三巡察组",
          "round":"十三届市委第一轮","type":"常规","onSiteStart":"2022-03-01","onSiteEnd":"2022-06-10","feedbackOn":"2022-07-25","status":"rectifying","version":7},
         {"id":"{{EarlierId}}","unitId":"{{UnitId}}","unitName":"中共西安市科协党组","kind":"xuncha","issuer":"市委","team":"市委第五巡察组",
          "round":"十二届市委第五轮","type":"常规","onSiteStart":"2019-04-01","onSiteEnd":"2019-05-30","feedbackOn":"2019-07-01","status":"closed","version":9},
         {"id":"1a000000-0000-0000-0000-000000000002","unitId":"{{OtherUnitId}}","unitName":"中共三门县投资促进中心党组","kind":"xunshi","issuer":"省委",
          "team":"省委巡视四组","round":"十四届省委第二轮","type":"专项","onSiteStart":"2018-09-01","onSiteEnd":"2018-10-30","feedbackOn":null,"status":"registered","version":1}]
        """;

    private const string EarlierDetail = $$"""
        {"id":"{{EarlierId}}","unitId":"{{UnitId}}","unitName":"中共西安市科协党组","kind":"xuncha","issuer":"市委","team":"市委第五巡察组",
         "round":"十二届市委第五轮","type":"常规","onSiteStart":"2019-04-01","onSiteEnd":"2019-05-30","feedbackOn":"2019-07-01","status":"closed","version":9,
         "findings":[{"id":"{{EarlierFindingId}}","parentId":null,"level":1,"ordinal":"（二）","title":"违规发放津补贴问题","tags":[],"moneyInvolved":null,
           "immediateFix":false,"recurrenceOfFindingId":null,"version":1,"children":[]}]}
        """;

    private static WebUiFactory WithUnitInspections(string profile, bool linked = false)
    {
        var factory = Factory(profile);
        var detail = linked
            ? Detail().Replace("\"immediateFix\":false,\"recurrenceOfFindingId\":null,\"version\":1,\"children\":[]}",
                $"\"immediateFix\":false,\"recurrenceOfFindingId\":\"{EarlierFindingId}\",\"version\":2,\"children\":[]}}")
            : Detail();
        factory.Gateway
            .On($"GET /api/findings/inspections/{InspectionId}", (_, _) => Ok(detail))
            .On("GET /api/findings/inspections", (_, _) => Ok(UnitInspections))
            .On($"GET /api/findings/inspections/{EarlierId}", (_, _) => Ok(EarlierDetail))
            .On($"PUT {RecurrencePath}", (_, _) => Ok("{}"));
        return factory;
    }

    [Fact]
    public async Task The_office_picks_an_earlier_inspection_of_the_unit_then_its_finding_and_the_link_is_put()
    {
        using var factory = WithUnitInspections(AdminProfile);
        var browser = await PagesTests.SignedInAsync(factory);
        var picking = $"{Inspection}?recurrence={IssueId}&earlier={EarlierId}";

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));
        var step1 = await WebUiFactory.TextAsync(await browser.GetAsync($"{Inspection}?recurrence={IssueId}"));
        var step2 = await WebUiFactory.TextAsync(await browser.GetAsync(picking));
        var linked = await Forms.PostAsync(browser, picking, "link-recurrence", new() { ["Input.EarlierFindingId"] = EarlierFindingId });

        Assert.Contains($"href=\"inspections/{InspectionId}?recurrence={IssueId}#recurrence-{IssueId}\"", page);
        Assert.Contains($"<option value=\"{EarlierId}\">2019-04-01 市委第五巡察组 十二届市委第五轮</option>", step1);
        Assert.DoesNotContain($"<option value=\"{LaterId}\"", step1);
        Assert.DoesNotContain($"<option value=\"{InspectionId}\"", step1);
        Assert.DoesNotContain("<option value=\"1a000000-0000-0000-0000-000000000002\"", step1);
        Assert.DoesNotContain("link-recurrence", step1);
        Assert.Contains($"<option value=\"{EarlierId}\" selected>", step2);
        Assert.Contains($"<option value=\"{EarlierFindingId}\">（二） 违规发放津补贴问题</option>", step2);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Contains("saved=recurrence", linked.Headers.Location!.OriginalString);
        var write = Assert.Single(factory.Gateway.Writes);
        Assert.Equal(("PUT", RecurrencePath, EarlierFindingId), (write.Method, write.Path, Body(write).GetProperty("earlierFindingId").GetString()));
    }

    [Fact]
    public async Task The_API_refusal_names_the_earlier_finding_next_to_its_select()
    {
        using var factory = WithUnitInspections(AdminProfile);
        factory.Gateway.On($"PUT {RecurrencePath}", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"earlierFindingId":["A recurrence repeats a finding of an earlier inspection."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, $"{Inspection}?recurrence={IssueId}&earlier={EarlierId}", "link-recurrence",
            new() { ["Input.EarlierFindingId"] = EarlierFindingId }));

        Assert.Matches($"id=\"recurrence-finding-{IssueId}\"[\\s\\S]*?</select>\\s*<div class=\"validation-message\">A recurrence repeats a finding of an earlier inspection.</div>", text);
    }

    [Fact]
    public async Task An_existing_link_shows_the_earlier_finding_to_everyone_and_the_office_can_remove_it()
    {
        using var coordinatorFactory = WithUnitInspections(CoordinatorProfile, linked: true);
        var coordinator = await PagesTests.SignedInAsync(coordinatorFactory);
        using var officeFactory = WithUnitInspections(AdminProfile, linked: true);
        var office = await PagesTests.SignedInAsync(officeFactory);

        var text = await WebUiFactory.TextAsync(await coordinator.GetAsync(Inspection));
        var removed = await Forms.PostAsync(office, $"{Inspection}?recurrence={IssueId}", "unlink-recurrence", new());

        Assert.Contains("<span class=\"tag warn\">边改边犯</span>", text);
        Assert.Contains("再次出现前次巡察问题：2019-04-01 市委第五巡察组 十二届市委第五轮 · （二） 违规发放津补贴问题", text);
        Assert.DoesNotContain("?recurrence=", text);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var write = Assert.Single(officeFactory.Gateway.Writes);
        Assert.Equal(JsonValueKind.Null, Body(write).GetProperty("earlierFindingId").ValueKind);
    }

    [Fact]
    public async Task Without_links_no_earlier_inspection_is_read()
    {
        using var factory = WithUnitInspections(CoordinatorProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.DoesNotContain("边改边犯", text);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Path == $"/api/findings/inspections/{EarlierId}");
    }

    private static JsonElement Body((string Method, string Path, string? Authorization, string? Body) request) =>
        JsonDocument.Parse(request.Body!).RootElement;
}
