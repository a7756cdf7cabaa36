using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectify.ServiceDefaults.Replicas;

/// <summary>
/// A service's copy of an account's token stamp, fed by <c>AccountTokensRevoked</c>: a row exists only
/// for accounts whose tokens were ever revoked, so the table stays small.
/// </summary>
public sealed class AccountStampReplica
{
    public Guid AccountId { get; set; }
    /// <summary>Tokens carrying a lower version were revoked.</summary>
    public long TokenVersion { get; set; }
    public bool Disabled { get; set; }
    /// <summary>The account's version this copy reflects; older events are ignored.</summary>
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class AccountStampReplicaConfiguration : IEntityTypeConfiguration<AccountStampReplica>
{
    public void Configure(EntityTypeBuilder<AccountStampReplica> builder)
    {
        builder.ToTable("account_stamps");
        builder.HasKey(a => a.AccountId);
    }
}
