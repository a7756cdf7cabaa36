namespace Rectify.Notifications.Sending.Smtp;

/// <summary>
/// The server refused a command: its reply code and text reach the delivery log (LastError) as they came.
/// 4xx is transient, 5xx permanent; the dispatcher retries both with backoff, as it did with System.Net.Mail.
/// </summary>
public sealed class SmtpReplyException(int code, string command, string reply)
    : Exception($"SMTP {code} after {command}: {reply}")
{
    public int Code { get; } = code;
    public string Command { get; } = command;
    public bool Transient => Code is >= 400 and < 500;
}
