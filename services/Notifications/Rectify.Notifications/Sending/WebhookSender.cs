using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Sending;

/// <summary>
/// Posts a reminder to a webhook in its kind's format: generic JSON signed with HMAC-SHA256
/// (<c>X-Rectify-Signature: sha256=&lt;hex&gt;</c> over the body), the DingTalk group robot (markdown,
/// @ by mobile / user id, 加签 timestamp+sign when it has a secret) or the WeCom group robot (text,
/// mentioned lists). The robots answer 200 with an errcode; anything but 0 is a failure.
/// </summary>
public sealed class WebhookSender(HttpClient http, TimeProvider time)
{
    public const string SignatureHeader = "X-Rectify-Signature";
    public const string DeliveryHeader = "X-Rectify-Delivery";

    public async Task SendAsync(Webhook hook, Schedule schedule, ReminderMessage message, PersonReplica? person, long deliveryId, CancellationToken ct)
    {
        var (url, body) = hook.Kind switch
        {
            WebhookKinds.DingTalk => (DingTalkUrl(hook), DingTalk(message, person)),
            WebhookKinds.WeCom => (hook.Url, WeCom(message, person)),
            _ => (hook.Url, Generic(schedule, message, person, deliveryId)),
        };
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(DeliveryHeader, deliveryId.ToString(CultureInfo.InvariantCulture));
        if (hook.Kind == WebhookKinds.Generic && hook.Secret is { Length: > 0 } secret)
            request.Headers.Add(SignatureHeader, "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), bytes)));

        using var response = await http.SendAsync(request, ct);
        var answer = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {Trim(answer)}");
        if (hook.Kind is WebhookKinds.DingTalk or WebhookKinds.WeCom && RobotError(answer) is { } error)
            throw new HttpRequestException($"robot refused: {error}");
    }

    public static JsonObject Generic(Schedule s, ReminderMessage message, PersonReplica? person, long deliveryId) => new()
    {
        ["deliveryId"] = deliveryId,
        ["type"] = s.IsEscalation ? "escalation" : "reminder",
        ["scheduleId"] = s.Id,
        ["subjectKind"] = s.SubjectKind,
        ["subjectId"] = s.SubjectId,
        ["unitId"] = s.UnitId,
        ["rule"] = s.Rule,
        ["tier"] = s.Tier,
        ["deadline"] = s.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["workingDaysOverdue"] = s.WorkingDaysOverdue,
        ["recipient"] = new JsonObject { ["personId"] = s.RecipientId, ["name"] = person?.Name, ["mobile"] = person?.Mobile },
        ["title"] = message.Title,
        ["text"] = message.Text,
    };

    public static JsonObject DingTalk(ReminderMessage message, PersonReplica? person)
    {
        var mention = person?.Mobile is { Length: > 0 } mobile ? $"\n\n@{mobile}" : "";
        return new JsonObject
        {
            ["msgtype"] = "markdown",
            ["markdown"] = new JsonObject { ["title"] = message.Title, ["text"] = $"#### {message.Title}\n\n{message.Text}{mention}" },
            ["at"] = new JsonObject
            {
                ["atMobiles"] = Array(person?.Mobile),
                ["atUserIds"] = Array(person?.DingTalkUserId),
                ["isAtAll"] = false,
            },
        };
    }

    public static JsonObject WeCom(ReminderMessage message, PersonReplica? person) => new()
    {
        ["msgtype"] = "text",
        ["text"] = new JsonObject
        {
            ["content"] = $"{message.Title}\n{message.Text}",
            ["mentioned_list"] = Array(person?.WeComUserId),
            ["mentioned_mobile_list"] = Array(person?.Mobile),
        },
    };

    /// <summary>DingTalk's 加签: timestamp (ms) and base64 HMAC-SHA256 of "timestamp\nsecret" keyed by the secret, as query parameters.</summary>
    public string DingTalkUrl(Webhook hook)
    {
        if (hook.Secret is not { Length: > 0 } secret)
            return hook.Url;
        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
        var separator = hook.Url.Contains('?') ? '&' : '?';
        return $"{hook.Url}{separator}timestamp={timestamp}&sign={Uri.EscapeDataString(sign)}";
    }

    private static JsonArray Array(string? value) => value is { Length: > 0 } ? [value] : [];

    private static string? RobotError(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.TryGetProperty("errcode", out var code) && code.GetInt32() != 0 ? Trim(answer) : null;
        }
        catch (JsonException)
        {
            return $"not JSON: {Trim(answer)}";
        }
    }

    private static string Trim(string text) => text.Length > 300 ? text[..300] : text;
}
