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
/// A failure says only what kind it was (status code, errcode, timeout): never the body or the
/// socket error, which would let a webhook read back or probe what the service can reach.
/// </summary>
public sealed class WebhookSender(HttpClient http, WebhookTargets targets, TimeProvider time)
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

        // Rows written before URLs were checked are checked again here.
        if (targets.Refusal(hook.Url) is { } refusal)
            throw new WebhookFailedException($"The webhook URL is not allowed: {refusal}");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException ex) when (ex.InnerException is WebhookAddressRefusedException)
        {
            throw new WebhookFailedException(ex.InnerException.Message);
        }
        catch (HttpRequestException)
        {
            throw new WebhookFailedException("Could not connect to the webhook.");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new WebhookFailedException("The webhook did not answer in time.");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new WebhookFailedException($"The webhook answered HTTP {(int)response.StatusCode}.");
            if (hook.Kind is WebhookKinds.DingTalk or WebhookKinds.WeCom)
                await CheckRobotAnswerAsync(response, ct);
        }
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

    /// <summary>The robots answer 200 with <c>{"errcode":0}</c>; only the number is kept, and at most 64 KB is read.</summary>
    private static async Task CheckRobotAnswerAsync(HttpResponseMessage response, CancellationToken ct)
    {
        int? code;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            var buffer = new byte[64 * 1024];
            var length = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
            using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
            code = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errcode", out var errcode)
                && errcode.TryGetInt32(out var number) ? number : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or HttpRequestException)
        {
            throw new WebhookFailedException("The robot's answer was not the JSON it sends.");
        }
        if (code is null)
            throw new WebhookFailedException("The robot's answer had no errcode.");
        if (code != 0)
            throw new WebhookFailedException($"The robot refused the message (errcode {code}).");
    }
}

/// <summary>A webhook send failed; the message is fixed text and numbers only, safe to store and show.</summary>
public sealed class WebhookFailedException(string message) : Exception(message);
