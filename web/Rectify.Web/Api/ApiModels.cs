namespace Rectify.Web.Api;

/// <summary>POST /api/auth/token response.</summary>
public sealed record TokenGrant(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>A row of GET /api/units (被巡察单位).</summary>
public sealed record UnitSummary(string Id, string Name, string ShortName, string Kind, long Version);

/// <summary>POST /api/units body.</summary>
public sealed record NewUnit(string Name, string ShortName, string Kind);

/// <summary>GET /api/reports/units/count response.</summary>
public sealed record UnitCount(int Units);
