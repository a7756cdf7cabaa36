using System.Text.Json;

namespace Rectify.ServiceDefaults.Messaging;

/// <summary>How outbox rows are serialised; MassTransit re-serialises on publish.</summary>
public static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
