using System.Net;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

/// <summary>The inspection page's problem clues (the discipline liaison's alone) and recommendations (kept by the office).</summary>
public class CluesAndRecommendationsTests
{
    private const string ClueId = "c1000000-0000-0000-0000-000000000001";
    private const string ItemId = "e1000000-0000-0000-0000-000000000001";
    private const string CluesPath = $"/api/findings/inspections/{InspectionId}/clues";

    private const string Clues = $$"""
        [{"id":"{{ClueId}}","summary":"某科长违规收受礼金","handedTo":"市纪委监委","handedOverOn":"2022-06-20","status":"handling",
          "outcome":null,"version":3}]
        """;

    private static readonly string HandedOverOn = $"{DateTime.UtcNow.Year + 1}-01-15";

    /// <summary>The inspection with two clues counted and one recommendation.</summary>
    private static WebUiFactory WithNotes(string profile)
    {
        var factory = Factory(profile);
        var detail = Detail().Replace("\"version\":7,",
            $$"""
            "version":7,"clueCount":2,"recommendations":[{"id":"{{ItemId}}","position":1,"text":"建立健全干部日常监督机制"}],
            """);
        factory.Gateway
            .On($"GET /api/findings/inspections/{InspectionId}", (_, _) => Ok(detail))
            .On($"GET {CluesPath}", (_, _) => Ok(Clues));
        return factory;
    }

    [Fact]
    public async Task The_liaison_reads_the_clues_and_adding_one_posts_it()
    {
        using var factory = WithNotes(LiaisonProfile);
        factory.Gateway.On($"POST {CluesPath}", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));
        var response = await Forms.PostAsync(browser, Inspection, "add-clue", new()
        {
            ["Input.Summary"] = " 财务人员套取经费 ", ["Input.HandedTo"] = "县纪委监委", ["Input.HandedOverOn"] = HandedOverOn,
            ["Input.Status"] = "handed_over", ["Input.Outcome"] = "",
        });

        Assert.Matches("<td>2022-06-20</td>\\s*<td>某科长违规收受礼金</td>\\s*<td>市纪委监委</td>\\s*<td><span class=\"status handling\">办理中</span></td>", text);
        Assert.Contains("登记问题线索", text);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("saved=clue", response.Headers.Location!.OriginalString);
        var body = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal(("财务人员套取经费", "县纪委监委", HandedOverOn, "handed_over", JsonValueKind.Null),
            (body.GetProperty("summary").GetString(), body.GetProperty("handedTo").GetString(), body.GetProperty("handedOverOn").GetString(),
                body.GetProperty("status").GetString(), body.GetProperty("outcome").ValueKind));
    }

    [Theory]
    [InlineData(CoordinatorProfile)]
    [InlineData(TasksData.OfficeProfile)]
    [InlineData(AdminProfile)]
    public async Task Anyone_else_sees_the_count_only_and_no_clue_is_asked_for(string profile)
    {
        using var factory = WithNotes(profile);
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("本次巡察移交问题线索 2 条", text);
        Assert.DoesNotContain("某科长违规收受礼金", text);
        Assert.DoesNotContain("add-clue", text);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Path.StartsWith(CluesPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_API_field_error_shows_next_to_the_date_and_a_missing_summary_is_not_sent()
    {
        using var factory = WithNotes(LiaisonProfile);
        factory.Gateway.On($"POST {CluesPath}", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"handedOverOn":["A clue is handed over after the team went on site."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);
        var fields = new Dictionary<string, string>
        {
            ["Input.Summary"] = "财务人员套取经费", ["Input.HandedTo"] = "县纪委监委", ["Input.HandedOverOn"] = "2022-01-01", ["Input.Status"] = "handed_over",
        };

        var rejected = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Inspection, "add-clue", fields));
        var before = factory.Gateway.Writes.Count();
        fields["Input.Summary"] = " ";
        var empty = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Inspection, "add-clue", fields));

        Assert.Matches("id=\"clue-on\"[^>]*value=\"2022-01-01\"[^>]*>\\s*<div class=\"validation-message\">A clue is handed over after the team went on site.</div>", rejected);
        Assert.Contains("请填写线索摘要", empty);
        Assert.Equal(before, factory.Gateway.Writes.Count());
    }

    [Fact]
    public async Task Revising_a_clue_sends_its_version_and_withdrawing_needs_the_box_ticked()
    {
        using var factory = WithNotes(LiaisonProfile);
        var ifMatch = new List<string>();
        HttpResponseMessage Record(HttpRequestMessage request, HttpStatusCode status)
        {
            ifMatch.Add(request.Headers.IfMatch.ToString());
            return FakeGateway.Json(status, "{}");
        }
        factory.Gateway
            .On($"PUT {CluesPath}/{ClueId}", (request, _) => Record(request, HttpStatusCode.OK))
            .On($"DELETE {CluesPath}/{ClueId}", (request, _) => Record(request, HttpStatusCode.NoContent));
        var browser = await PagesTests.SignedInAsync(factory);
        var editing = $"{Inspection}?clue={ClueId}";

        var form = await WebUiFactory.TextAsync(await browser.GetAsync(editing));
        var revised = await Forms.PostAsync(browser, editing, "revise-clue", new()
        {
            ["Input.Summary"] = "某科长违规收受礼金", ["Input.HandedTo"] = "市纪委监委", ["Input.HandedOverOn"] = "2022-06-20",
            ["Input.Status"] = "concluded", ["Input.Outcome"] = "给予党内严重警告处分",
        });
        var unticked = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, editing, "withdraw-clue", new()));
        var withdrawn = await Forms.PostAsync(browser, editing, "withdraw-clue", new() { ["Withdraw.Confirm"] = "true" });

        Assert.Contains("修改问题线索", form);
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        Assert.Contains("请先勾选确认", unticked);
        Assert.Contains("saved=clue_withdrawn", withdrawn.Headers.Location!.OriginalString);
        var writes = factory.Gateway.Writes.ToList();
        Assert.Equal(["PUT", "DELETE"], writes.Select(w => w.Method));
        var body = Body(writes[0]);
        Assert.Equal(("concluded", "给予党内严重警告处分"), (body.GetProperty("status").GetString(), body.GetProperty("outcome").GetString()));
        Assert.Equal(["\"3\"", "\"3\""], ifMatch);
    }

    [Fact]
    public async Task The_office_adds_revises_and_withdraws_recommendations()
    {
        using var factory = WithNotes(TasksData.OfficeProfile);
        var recommendations = $"/api/findings/inspections/{InspectionId}/recommendations";
        factory.Gateway
            .On($"POST {recommendations}", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"))
            .On($"PUT {recommendations}/{ItemId}", (_, _) => Ok("{}"))
            .On($"DELETE {recommendations}/{ItemId}", (_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        var browser = await PagesTests.SignedInAsync(factory);
        var editing = $"{Inspection}?recommendation={ItemId}";

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));
        var added = await Forms.PostAsync(browser, Inspection, "add-recommendation", new() { ["Input.Text"] = " 加强财务制度建设 " });
        var revised = await Forms.PostAsync(browser, editing, "revise-recommendation", new() { ["Input.Text"] = "建立健全干部日常监督管理机制" });
        var withdrawn = await Forms.PostAsync(browser, editing, "withdraw-recommendation", new() { ["Withdraw.Confirm"] = "true" });

        Assert.Contains("建立健全干部日常监督机制", text);
        Assert.Contains($"href=\"inspections/{InspectionId}?recommendation={ItemId}#recommendation-{ItemId}\"", text);
        Assert.All([added, revised, withdrawn], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var writes = factory.Gateway.Writes.ToList();
        Assert.Equal([("POST", recommendations), ("PUT", $"{recommendations}/{ItemId}"), ("DELETE", $"{recommendations}/{ItemId}")],
            writes.Select(w => (w.Method, w.Path)));
        Assert.Equal("加强财务制度建设", Body(writes[0]).GetProperty("text").GetString());
        Assert.Equal("建立健全干部日常监督管理机制", Body(writes[1]).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Others_read_the_recommendations_without_forms()
    {
        using var factory = WithNotes(CoordinatorProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"{Inspection}?recommendation={ItemId}"));

        Assert.Contains("意见建议", text);
        Assert.Contains("建立健全干部日常监督机制", text);
        Assert.DoesNotContain("add-recommendation", text);
        Assert.DoesNotContain("revise-recommendation", text);
        Assert.DoesNotContain("?recommendation=", text);
    }

    private static JsonElement Body((string Method, string Path, string? Authorization, string? Body) request) =>
        JsonDocument.Parse(request.Body!).RootElement;
}
