namespace Rectify.ServiceDefaults.Messaging;

public sealed class BusOptions
{
    public const string InMemory = "InMemory";
    public const string RabbitMq = "RabbitMq";

    /// <summary><c>InMemory</c> (embedded default, in-process tests) or <c>RabbitMq</c>.</summary>
    public string Transport { get; set; } = InMemory;

    public string Host { get; set; } = "amqp://guest:guest@localhost:5672/";
}
