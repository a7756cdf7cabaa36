namespace Rectify.ServiceDefaults.Data;

/// <summary>A registered service database, so hosts can migrate and health-check every one of them.</summary>
public sealed record ServiceDatabase(string Name, Type ContextType);
