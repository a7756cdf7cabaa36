using System.ComponentModel.DataAnnotations;

namespace Rectify.Units.Apis;

public sealed record UnitRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, StringLength(100, MinimumLength = 1)] string ShortName,
    [property: Required, AllowedValues("党组", "党委", "工委", "党支部")] string Kind);

public sealed record UnitResponse(Guid Id, string Name, string ShortName, string Kind, long Version);
