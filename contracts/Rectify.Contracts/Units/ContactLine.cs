namespace Rectify.Contracts.Units;

/// <summary>The contact line a unit publishes for public supervision (监督电话、邮箱、地址).</summary>
public sealed record ContactLine(string? Phone, string? Email, string? Address);
