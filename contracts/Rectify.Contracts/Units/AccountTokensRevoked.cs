namespace Rectify.Contracts.Units;

/// <summary>
/// Every token issued to the account before now stopped being valid: the account was disabled or
/// enabled, lost a role, had its password reset or changed, or signed out. Tokens carry the
/// account's token version; services refuse one whose version is below <see cref="TokenVersion"/>,
/// and every token while <see cref="Disabled"/>.
/// </summary>
public sealed record AccountTokensRevoked(EventMeta Meta, Guid AccountId, long TokenVersion, bool Disabled, string Reason) : IIntegrationEvent
{
    public string AggregateKey => $"account:{AccountId}";
}
