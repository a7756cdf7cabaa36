using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Authorization;

/// <summary>Who calls: every caller of the matrix is outside the victim unit's scope.</summary>
public enum Caller
{
    Anonymous,
    NoGrants,
    /// <summary>Coordinator of the attacker's unit (not the victim's).</summary>
    OtherCoordinator,
    /// <summary>Inspection office of the jurisdiction beside the victim's (same parent, other branch).</summary>
    SiblingOffice,
    /// <summary>Discipline liaison of the attacker's unit.</summary>
    OtherLiaison,
}

/// <summary>
/// One service host with a victim unit and its objects (inspections, tasks, ...), the ids that fill
/// route templates, and clients for each <see cref="Caller"/> signed with the service's own key.
/// Subclasses seed the data the way each service's other tests do (through the API or replica events).
/// </summary>
public abstract partial class MatrixWorld : IAsyncLifetime
{
    /// <summary>The attacker's unit lives in 福州 (/p/fz/), the victim's in 厦门 (/p/xm/): siblings under /p/.</summary>
    public const string AttackerPath = "/p/fz/a/";
    public const string VictimPath = "/p/xm/v/";
    /// <summary>The inspection office of 福州 (/p/fz/), beside the victim's 厦门.</summary>
    protected virtual string SiblingOfficeGrant => "inspection_office|j:/p/fz/";
    public const string Admin = "admin|*";

    public Guid AttackerUnit { get; protected set; } = Guid.NewGuid();
    public Guid VictimUnit { get; protected set; }

    public abstract IServiceProvider Services { get; }

    /// <summary>The folder whose keys/signing.pem the service validates tokens with.</summary>
    protected abstract string KeyDirectory { get; }

    protected abstract HttpClient NewClient();

    /// <summary>The service's DbContext: its tables are counted before and after each refused call.</summary>
    protected abstract Type DbContextType { get; }

    /// <summary>Route parameter name → value (ids of the victim's objects).</summary>
    public Dictionary<string, string> RouteValues { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>(template prefix, parameter) → value, where one name means different things on different routes.</summary>
    public Dictionary<(string Prefix, string Parameter), string> RouteOverrides { get; } = [];

    /// <summary>Property name → JSON value for generated bodies (unitId → the victim's unit, ...).</summary>
    public Dictionary<string, object> BodyValues { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bodies written by hand where a generated one would not pass the shape checks ("METHOD template" → body).</summary>
    public Dictionary<string, object> Bodies { get; } = [];

    /// <summary>Text no outsider may receive in a success (beside the victim unit's id and the route values): names, ids not in routes.</summary>
    public HashSet<string> Secrets { get; } = [];

    /// <summary>Ids among the route values that anyone signed in may see (the shared jurisdiction tree).</summary>
    public HashSet<string> Shared { get; } = [];

    /// <summary>
    /// Everything an outsider must never be sent back: the victim unit, its objects' ids, <see cref="Secrets"/>;
    /// not what the caller named in the query (a filter echoed back tells them nothing).
    /// </summary>
    public IEnumerable<string> Hidden(string query) => Secrets.Concat(RouteValues.Values).Concat(RouteOverrides.Values).Append(VictimUnit.ToString())
        .Where(s => (s.Length >= 8 && Guid.TryParse(s, out _) || Secrets.Contains(s)) && !Shared.Contains(s) && !query.Contains(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Query strings for endpoints that need one ("METHOD template" → "?unitId=...").</summary>
    public Dictionary<string, string> Queries { get; } = [];

    /// <summary>Route prefixes this service owns (its endpoints outside them, e.g. /alive, are the host's).</summary>
    public abstract string[] Prefixes { get; }

    public HttpClient As(Caller caller) => caller switch
    {
        Caller.Anonymous => NewClient(),
        Caller.NoGrants => Signed(),
        Caller.OtherCoordinator => Signed($"unit_coordinator|u:{AttackerUnit}"),
        Caller.SiblingOffice => Signed(SiblingOfficeGrant),
        Caller.OtherLiaison => Signed($"discipline_liaison|u:{AttackerUnit}"),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    public virtual HttpClient Signed(params string[] grants)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(TestTokens.KeyOf(KeyDirectory), grants));
        return client;
    }

    /// <summary>Every mapped endpoint under the service's prefixes, as "METHOD template" with its metadata.</summary>
    public IReadOnlyList<(string Key, RouteEndpoint Endpoint)> Endpoints() =>
        Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Prefixes.Any(p => e.RoutePattern.RawText!.StartsWith(p, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => ($"{m} {e.RoutePattern.RawText}", e)))
            .OrderBy(e => e.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>The template with every parameter filled from <see cref="RouteValues"/> (overrides first).</summary>
    public string PathOf(string template)
    {
        var path = Parameter().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            var over = RouteOverrides.Where(o => o.Key.Parameter == name && template.StartsWith(o.Key.Prefix, StringComparison.Ordinal))
                .OrderByDescending(o => o.Key.Prefix.Length).Select(o => o.Value).FirstOrDefault();
            return over ?? (RouteValues.TryGetValue(name, out var value) ? value
                : throw new InvalidOperationException($"No route value for {{{name}}} in {template}: add it to RouteValues."));
        });
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();

    /// <summary>Rows in every table of the service's database (the outbox among them, so updates show too).</summary>
    public async Task<Dictionary<string, long>> CountRowsAsync()
    {
        using var scope = Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(DbContextType);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    tables.Add(reader.GetString(0));
            }
            var counts = new Dictionary<string, long>();
            foreach (var table in tables)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync());
            }
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static string Difference(Dictionary<string, long> before, Dictionary<string, long> after) =>
        string.Join(", ", after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key)}→{a.Value}"));

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
