namespace Rectify.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// The consumer's name in the inbox key. A generic consumer's full name carries its arguments' assembly-qualified
/// names (about 200 characters, past the column's length on a server database); its short form stays unique.
/// </summary>
public static class InboxKey
{
    public static string Of(Type consumer) => consumer.IsGenericType
        ? $"{consumer.Namespace}.{consumer.Name[..consumer.Name.IndexOf('`')]}<{string.Join(",", consumer.GetGenericArguments().Select(a => a.Name))}>"
        : consumer.FullName!;
}
