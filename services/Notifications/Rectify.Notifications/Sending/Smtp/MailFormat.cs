using System.Net.Mail;
using System.Text;

namespace Rectify.Notifications.Sending.Smtp;

/// <summary>
/// The bytes of a plain-text UTF-8 message: headers encoded per RFC 2047 (so 中文 subjects survive any
/// 7-bit server), a base64 body (no line-length or charset surprises), and SMTP dot-stuffing.
/// </summary>
public static class MailFormat
{
    // 75 is RFC 2047's limit for one encoded-word; "=?UTF-8?B?" + "?=" take 12 of it, 63 base64 chars carry 45 bytes at most.
    private const int MaxWordBytes = 45;

    public static byte[] Build(MailAddress from, MailAddress to, string subject, string body, DateTimeOffset date, string messageId)
    {
        var text = new StringBuilder()
            .Append("From: ").Append(Address(from)).Append("\r\n")
            .Append("To: ").Append(Address(to)).Append("\r\n")
            .Append("Subject: ").Append(EncodeHeader(subject)).Append("\r\n")
            .Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture))
            .Append(date.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture).Replace(":", "")).Append("\r\n")
            .Append("Message-ID: <").Append(messageId).Append(">\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(body), Base64FormattingOptions.InsertLineBreaks))
            .Append("\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>ASCII text as it is; anything else as UTF-8 base64 encoded-words, folded, never splitting a character.</summary>
    public static string EncodeHeader(string value)
    {
        // A CR or LF would end the header and let the rest pose as more headers.
        value = value.Replace("\r", " ").Replace("\n", " ");
        if (value.All(c => c is >= ' ' and <= '~') && value.Length <= 900)
            return value;
        var words = new List<string>();
        var chunk = new StringBuilder();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(value);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (chunk.Length > 0 && Encoding.UTF8.GetByteCount(chunk.ToString() + element) > MaxWordBytes)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
            }
            chunk.Append(element);
        }
        if (chunk.Length > 0)
            words.Add(Word(chunk.ToString()));
        return string.Join("\r\n ", words);
    }

    /// <summary>Doubles a leading dot on every line, so no line of the message reads as DATA's terminator.</summary>
    public static byte[] DotStuff(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length + 16);
        var lineStart = true;
        foreach (var b in data)
        {
            if (lineStart && b == (byte)'.')
                output.Add((byte)'.');
            output.Add(b);
            lineStart = b == (byte)'\n';
        }
        return output.ToArray();
    }

    private static string Word(string text) => $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";

    private static string Address(MailAddress address)
    {
        var name = address.DisplayName;
        if (string.IsNullOrEmpty(name))
            return $"<{address.Address}>";
        var phrase = name.All(c => c is >= ' ' and <= '~') ? $"\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"" : EncodeHeader(name);
        return $"{phrase} <{address.Address}>";
    }
}
