using Rectify.Contracts;
using Rectify.Contracts.Units;

namespace Rectify.Services.Tests.Support;

/// <summary>Unit events as the units service would publish them, for consumer tests.</summary>
public static class TestEvents
{
    public static readonly Guid Jurisdiction = Guid.Parse("0195f2a0-0000-7000-8000-000000000001");
    public const string JurisdictionPath = "/0195f2a000007000800000000000000a/";

    public static UnitRegistered Registered(Guid unitId, string name, string shortName, long version = 1, DateTimeOffset? at = null) =>
        new(EventMeta.New(version, "test", at ?? DateTimeOffset.UtcNow), unitId, name, shortName, "党组", Jurisdiction, JurisdictionPath,
            new ContactLine(null, null, null));

    public static UnitUpdated Updated(Guid unitId, string name, string shortName, long version, DateTimeOffset? at = null) =>
        new(EventMeta.New(version, "test", at ?? DateTimeOffset.UtcNow), unitId, name, shortName, "党组", Jurisdiction, JurisdictionPath,
            new ContactLine(null, null, null));
}
