using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Rectify.Deployment.Tests;

public sealed class Compose
{
    private static readonly JsonNode File = Repo.Yaml("docker-compose.yml");
    private static readonly JsonObject Services = File["services"]!.AsObject();

    public static TheoryData<string> Parts => [.. Repo.All.Select(p => p.Name)];

    private static JsonNode Service(string name) =>
        Services[name] ?? throw new Xunit.Sdk.XunitException($"docker-compose.yml has no service {name}");

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Environment(string name) => Service(name)["environment"].Entries();

    /// <summary>The build arguments compose passes for a part's image.</summary>
    public static Dictionary<string, string> BuildArguments(string name) =>
        Service(name)["build"]!["args"].Entries().ToDictionary(kv => kv.Key, kv => kv.Value.Text());

    [Theory]
    [MemberData(nameof(Parts))]
    public void Each_part_is_built_from_its_Dockerfile_and_listens_on_its_port(string name)
    {
        var part = Repo.All.Single(p => p.Name == name);
        var service = Service(name);

        Assert.StartsWith("${RECTIFY_IMAGE_PREFIX:-rectify}/" + name + ":", service["image"].Text());
        Assert.Equal(part.Dockerfile, service["build"]!["dockerfile"].Text());
        Assert.Equal(".", service["build"]!["context"].Text());
        Assert.Equal(part.ProjectDir, BuildArguments(name)["PROJECT"]);
        Assert.Equal(part.Port.ToString(), BuildArguments(name)["PORT"]);
        if (part == Repo.Gateway)
            Assert.Contains("${RECTIFY_PORT:-8080}:8080", service["ports"].Items().Select(p => p.Text()));
        else
        {
            Assert.Equal([part.Port.ToString()], service["expose"].Items().Select(p => p.Text()));
            Assert.Null(service["ports"]); // only the gateway is published
        }
        Assert.Equal("true", service["read_only"].Text());
    }

    [Fact]
    public void The_gateway_routes_to_every_part_where_it_listens()
    {
        var environment = Environment("gateway").ToDictionary(kv => kv.Key, kv => kv.Value.Text());
        foreach (var part in Repo.All.Where(p => p != Repo.Gateway))
        {
            var address = environment[$"ReverseProxy__Clusters__{part.Name}__Destinations__d1__Address"];
            Assert.Equal($"http://{part.Name}:{part.Port}", address);
        }
        Assert.Equal($"http://gateway:{Repo.Gateway.Port}", Environment("web").Single(kv => kv.Key == "Gateway__BaseUrl").Value.Text());
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void Every_variable_given_to_a_part_is_read_by_its_code(string name)
    {
        var part = Repo.All.Single(p => p.Name == name);
        var names = Environment(name).Select(kv => kv.Key).ToList();
        if (part.IsService)
            names.AddRange(Environment($"{name}-migrate").Select(kv => kv.Key));

        Assert.All(names, v => Assert.Null(Configuration.Check(v, part)));
    }

    [Fact]
    public void Services_use_SQL_Server_and_RabbitMQ_and_never_migrate_on_start()
    {
        foreach (var part in Repo.Services)
        {
            var environment = Environment(part.Name).ToDictionary(kv => kv.Key, kv => kv.Value.Text());
            Assert.Equal("SqlServer", environment["Database__Provider"]);
            Assert.Equal("false", environment["Database__MigrateOnStart"]);
            Assert.Equal("RabbitMq", environment["Bus__Transport"]);
            Assert.StartsWith("amqp://", environment["Bus__Host"]);
            Assert.Equal("http://otel-collector:4317", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
            Assert.Contains($"Database=rectify_{part.Name};User Id=rectify_{part.Name};", environment[$"ConnectionStrings__{part.Name}"]);
        }
    }

    [Fact]
    public void Migrations_run_once_with_the_service_image_before_the_service_starts()
    {
        foreach (var part in Repo.Services)
        {
            var migrate = Service($"{part.Name}-migrate");
            Assert.Equal(Service(part.Name)["image"].Text(), migrate["image"].Text());
            Assert.Equal(["migrate"], migrate["command"].Items().Select(c => c.Text()));
            Assert.Equal("no", migrate["restart"].Text());
            Assert.Equal("service_completed_successfully", migrate["depends_on"]!["db-init"]!["condition"].Text());
            Assert.Equal("service_completed_successfully", Service(part.Name)["depends_on"]![$"{part.Name}-migrate"]!["condition"].Text());
        }
        Assert.Equal("service_healthy", Service("db-init")["depends_on"]!["sqlserver"]!["condition"].Text());
        Assert.Contains("./tools/deploy/sqlserver/init-databases.sql:/scripts/init-databases.sql:ro", Service("db-init")["volumes"].Items().Select(v => v.Text()));
    }

    [Fact]
    public void Tasks_evidence_is_kept_on_a_named_volume()
    {
        Assert.Contains("tasks-evidence:/tmp/rectify/tasks-evidence", Service("tasks")["volumes"].Items().Select(v => v.Text()));
    }

    [Fact]
    public void The_stack_has_SQL_Server_2022_RabbitMQ_with_management_a_collector_and_a_trace_UI()
    {
        Assert.Contains("mcr.microsoft.com/mssql/server:2022-", Service("sqlserver")["image"].Text());
        Assert.Matches(@"rabbitmq:[\d.]+-management", Service("rabbitmq")["image"].Text());
        Assert.Contains("opentelemetry-collector", Service("otel-collector")["image"].Text());
        Assert.Contains("aspire-dashboard", Service("aspire-dashboard")["image"].Text());
    }

    /// <summary>Each database password reaches only that service, its migration and db-init (which creates the login).</summary>
    [Fact]
    public void Each_database_secret_reaches_only_its_service_and_its_migration()
    {
        foreach (var part in Repo.Services)
        {
            var variable = $"{part.Name.ToUpperInvariant()}_DB_PASSWORD";
            var users = Services.Where(s => s.Value!.ToJsonString().Contains("${" + variable, StringComparison.Ordinal)).Select(s => s.Key).Order();
            Assert.Equal(new[] { "db-init", part.Name, $"{part.Name}-migrate" }.Order(), users);
            var connectionStrings = Services.Where(s => s.Value!["environment"].Entries().Any(e => e.Key == $"ConnectionStrings__{part.Name}")).Select(s => s.Key).Order();
            Assert.Equal(new[] { part.Name, $"{part.Name}-migrate" }.Order(), connectionStrings);
        }
        var privateKey = Services.Where(s => s.Value!["volumes"].Items().Any(v => v.Text().StartsWith("signing-key:", StringComparison.Ordinal))).Select(s => s.Key).Order();
        Assert.Equal(["keygen", "units"], privateKey);
    }

    [Fact]
    public void Every_secret_comes_from_the_env_file_and_the_example_names_them_all()
    {
        // The base file and its PostgreSQL override (POSTGRES_PASSWORD is the override's alone).
        var text = Repo.Read("docker-compose.yml") + "\n" + Repo.Read("docker-compose.postgres.yml");
        var example = Repo.Read(".env.example");
        var defined = Regex.Matches(example, @"(?m)^([A-Z0-9_]+)=(.*)$").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        foreach (Match m in Repo.Interpolation.Matches(text))
            Assert.True(defined.ContainsKey(m.Groups["name"].Value), $".env.example lacks {m.Groups["name"].Value}");
        foreach (var secret in defined.Keys.Where(k => k.EndsWith("PASSWORD", StringComparison.Ordinal)))
        {
            Assert.Equal("", defined[secret]); // the example holds no password
            Assert.Matches(@"\$\{" + secret + @":\?", text); // compose refuses to start without it
        }
        Assert.DoesNotMatch(@"(?i)password[^$\n]*[:=]\s*[A-Za-z0-9]{6,}\s*$", text);
    }

    private static readonly JsonObject PostgresServices = Repo.Yaml("docker-compose.postgres.yml")["services"]!.AsObject();

    [Fact]
    public void The_postgres_override_points_each_service_and_its_migration_at_its_own_database_and_login()
    {
        foreach (var part in Repo.Services)
            foreach (var name in new[] { part.Name, $"{part.Name}-migrate" })
            {
                var environment = PostgresServices[name]!["environment"].Entries().ToDictionary(kv => kv.Key, kv => kv.Value.Text());
                Assert.Equal("Postgres", environment["Database__Provider"]);
                var variable = $"{part.Name.ToUpperInvariant()}_DB_PASSWORD";
                Assert.Equal($"Host=postgres;Port=5432;Database=rectify_{part.Name};Username=rectify_{part.Name};Password=${{{variable}:?set {variable} in .env}}",
                    environment[$"ConnectionStrings__{part.Name}"]);
                Assert.True(Services.ContainsKey(name), $"the override names {name}, which docker-compose.yml does not have");
            }
        // Nothing else is overridden: the rest of the stack is the base file's.
        var expected = new[] { "db-init", "postgres", "sqlserver" }.Concat(Repo.Services.SelectMany(p => new[] { p.Name, $"{p.Name}-migrate" }));
        Assert.Equal(expected.Order(), PostgresServices.Select(s => s.Key).Order());
    }

    [Fact]
    public void The_postgres_override_starts_PostgreSQL_and_no_SQL_Server_and_db_init_waits_for_it()
    {
        Assert.Equal("0", PostgresServices["sqlserver"]!["scale"].Text());
        Assert.Single(PostgresServices["sqlserver"]!.AsObject());
        Assert.Contains("postgres:15", Repo.Read("docker-compose.postgres.yml"));
        Assert.NotNull(PostgresServices["postgres"]!["healthcheck"]);
        Assert.Equal(["data"], PostgresServices["postgres"]!["networks"].Items().Select(n => n.Text()));
        var init = PostgresServices["db-init"]!;
        Assert.Equal("service_healthy", init["depends_on"]!["postgres"]!["condition"].Text());
        Assert.Equal(["/bin/sh", "/scripts/init-databases.sh"], init["entrypoint"].Items().Select(e => e.Text()));
        Assert.Contains("./tools/deploy/postgres/init-databases.sh:/scripts/init-databases.sh:ro", init["volumes"].Items().Select(v => v.Text()));
    }
}
