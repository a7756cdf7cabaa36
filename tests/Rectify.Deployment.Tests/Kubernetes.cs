using System.Text.Json.Nodes;

namespace Rectify.Deployment.Tests;

public sealed class Kubernetes
{
    public static TheoryData<string> Overlays => ["k8s/overlays/dev", "k8s/overlays/production", "k8s/overlays/postgres"];

    /// <summary>The database an overlay runs on: the postgres overlay (k8s/components/postgres) or SQL Server.</summary>
    private static (string Provider, string Port) DatabaseOf(string overlay) =>
        overlay.EndsWith("/postgres", StringComparison.Ordinal) ? ("Postgres", "5432") : ("SqlServer", "1433");

    private static readonly Dictionary<string, IReadOnlyList<JsonNode>> Rendered = [];

    /// <summary>
    /// What an overlay applies: rendered by kubectl's kustomize when kubectl is installed; otherwise
    /// the files its kustomizations list (patches not applied), so the checks still run.
    /// </summary>
    private static IReadOnlyList<JsonNode> Manifests(string overlay)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(overlay, out var manifests))
            {
                manifests = Repo.Kustomize(overlay) is { } output
                    ? Repo.YamlDocumentsOfText(output)
                    : Repo.Yaml(Path.Combine(overlay, "kustomization.yaml"))["components"] is not null
                        // Its patches remove SQL Server and change the provider: the files alone would say the opposite.
                        ? throw new InvalidOperationException($"{overlay} can only be checked rendered: install kubectl (it has kustomize built in)")
                        : [.. ResourceFiles(overlay).SelectMany(Repo.YamlDocuments)];
                Rendered[overlay] = manifests;
            }
            return manifests;
        }
    }

    private static IEnumerable<string> ResourceFiles(string folder)
    {
        var kustomization = Repo.Yaml(Path.Combine(folder, "kustomization.yaml"));
        foreach (var resource in kustomization["resources"].Items().Select(r => r.Text()))
        {
            var path = Path.GetRelativePath(Repo.Root, Path.GetFullPath(Path.Combine(Repo.Root, folder, resource)));
            if (Directory.Exists(Repo.PathOf(path)))
                foreach (var file in ResourceFiles(path))
                    yield return file;
            else
                yield return path;
        }
    }

    private static IEnumerable<JsonNode> OfKind(string overlay, string kind) => Manifests(overlay).Where(m => m["kind"].Text() == kind);

    private static JsonNode Named(string overlay, string kind, string name) =>
        OfKind(overlay, kind).SingleOrDefault(m => m["metadata"]!["name"].Text() == name)
        ?? throw new Xunit.Sdk.XunitException($"{overlay} has no {kind} {name}");

    /// <summary>Evidence files are stored on disk by the tasks service: losing the pod must not lose them.</summary>
    [Theory]
    [MemberData(nameof(Overlays))]
    public void Tasks_evidence_lives_on_a_persistent_volume_shared_by_its_replicas(string overlay)
    {
        var tasks = Named(overlay, "Deployment", "tasks");
        var container = PodSpec(tasks)["containers"]!.AsArray()[0]!;
        var mount = container["volumeMounts"]!.AsArray().Single(m => m!["mountPath"].Text() == "/tmp/rectify/tasks-evidence")!;
        var volume = PodSpec(tasks)["volumes"]!.AsArray().Single(v => v!["name"].Text() == mount["name"].Text())!;
        var claim = Named(overlay, "PersistentVolumeClaim", volume["persistentVolumeClaim"]!["claimName"].Text());
        var replicas = tasks["spec"]!["replicas"] is { } r ? int.Parse(r.Text()) : 1;
        if (replicas > 1)
            Assert.Contains("ReadWriteMany", claim["spec"]!["accessModes"]!.AsArray().Select(m => m.Text()));
    }

    private static JsonNode PodSpec(JsonNode workload) => workload["spec"]!["template"]!["spec"]!;

    [Fact]
    public void Every_YAML_file_parses()
    {
        var files = Repo.Files("k8s", ".yaml", ".yml").Concat(Repo.Files("tools/deploy", ".yaml", ".yml"))
            .Append("docker-compose.yml").Append("docker-compose.postgres.yml").ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.NotEmpty(Repo.YamlDocuments(f)));
        Assert.All(Repo.Files("k8s", ".yaml").Where(f => !f.EndsWith("kustomization.yaml") && !f.Contains("otel-collector/")),
            f => Assert.All(Repo.YamlDocuments(f), d => Assert.False(string.IsNullOrEmpty(d["kind"].Text()), $"{f}: a document without kind")));
    }

    [Fact]
    public void Kustomizations_reference_files_that_exist()
    {
        foreach (var file in Repo.Files("k8s", "kustomization.yaml"))
        {
            var folder = Path.GetDirectoryName(file)!;
            var kustomization = Repo.Yaml(file);
            var references = kustomization["resources"].Items().Concat(kustomization["components"].Items()).Select(r => r.Text())
                .Concat(kustomization["patches"].Items().Select(p => p["path"]?.Text()).OfType<string>())
                .Concat(kustomization["configMapGenerator"].Items().SelectMany(g => g["files"].Items()).Select(f => f.Text().Split('=').Last()));
            foreach (var reference in references)
            {
                var path = Path.Combine(Repo.Root, folder, reference);
                Assert.True(File.Exists(path) || File.Exists(Path.Combine(path, "kustomization.yaml")), $"{file} refers to {reference}, which does not exist");
            }
        }
        // Secret templates are never applied with an overlay (they would overwrite the real ones).
        Assert.DoesNotContain(Repo.Files("k8s", "kustomization.yaml").SelectMany(k => Repo.Yaml(k)["resources"].Items()), r => r.Text().Contains("secrets", StringComparison.Ordinal));
        Assert.All(Repo.YamlDocuments("k8s/secrets/secrets.template.yaml"), s => Assert.All(s["stringData"].Entries().Where(e => e.Key != "username"), e => Assert.Contains("CHANGE_ME", e.Value.Text())));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_workload_has_probes_limits_and_a_non_root_security_context(string overlay)
    {
        var workloads = OfKind(overlay, "Deployment").Concat(OfKind(overlay, "StatefulSet")).Concat(OfKind(overlay, "Job")).ToList();
        Assert.NotEmpty(workloads);
        foreach (var workload in workloads)
        {
            var name = $"{workload["kind"].Text()}/{workload["metadata"]!["name"].Text()}";
            var pod = PodSpec(workload);
            Assert.True(pod["securityContext"]?["runAsNonRoot"].Text() == "true", $"{name}: runAsNonRoot");
            Assert.Equal("RuntimeDefault", pod["securityContext"]!["seccompProfile"]!["type"].Text());
            Assert.Equal("false", pod["automountServiceAccountToken"].Text());
            foreach (var container in pod["containers"].Items())
            {
                foreach (var kind in new[] { "requests", "limits" })
                    foreach (var resource in new[] { "cpu", "memory" })
                        Assert.False(string.IsNullOrEmpty(container["resources"]?[kind]?[resource].Text()), $"{name}: {kind}.{resource}");
                Assert.Equal("false", container["securityContext"]!["allowPrivilegeEscalation"].Text());
                Assert.Equal(["ALL"], container["securityContext"]!["capabilities"]!["drop"].Items().Select(c => c.Text()));
                if (workload["kind"].Text() != "Job")
                {
                    Assert.NotNull(container["readinessProbe"]);
                    Assert.NotNull(container["livenessProbe"]);
                }
            }
        }
    }

    public static TheoryData<string, string> OverlayParts()
    {
        var data = new TheoryData<string, string>();
        foreach (var overlay in Overlays)
            foreach (var part in Repo.All)
                data.Add(overlay, part.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(OverlayParts))]
    public void Each_part_probes_alive_and_ready_on_its_port_with_a_read_only_root(string overlay, string name)
    {
        var part = Repo.All.Single(p => p.Name == name);
        var pod = PodSpec(Named(overlay, "Deployment", name));
        var container = pod["containers"].Items().Single();

        Assert.Equal(part.Port.ToString(), container["ports"].Items().Single(p => p["name"].Text() == "http")["containerPort"].Text());
        Assert.Equal("/health/ready", container["readinessProbe"]!["httpGet"]!["path"].Text());
        Assert.Equal("/alive", container["livenessProbe"]!["httpGet"]!["path"].Text());
        Assert.Equal("http", container["readinessProbe"]!["httpGet"]!["port"].Text());
        Assert.Equal("http", container["livenessProbe"]!["httpGet"]!["port"].Text());
        Assert.Equal("true", container["securityContext"]!["readOnlyRootFilesystem"].Text());
        Assert.Equal("1654", pod["securityContext"]!["runAsUser"].Text()); // the chiseled image's app user
        var tmp = container["volumeMounts"].Items().Single(m => m["mountPath"].Text() == "/tmp")["name"].Text();
        Assert.NotNull(pod["volumes"].Items().Single(v => v["name"].Text() == tmp)["emptyDir"]);
        Assert.Contains(part.Image, container["image"].Text().Replace("registry.example.org/", "", StringComparison.Ordinal));

        var service = Named(overlay, "Service", name);
        Assert.Equal(part.Port.ToString(), service["spec"]!["ports"].Items().Single()["port"].Text());
        Assert.Equal(name, service["spec"]!["selector"]!["app.kubernetes.io/name"].Text());
        Assert.NotNull(Named(overlay, "PodDisruptionBudget", name));
    }

    [Theory]
    [MemberData(nameof(OverlayParts))]
    public void Every_variable_given_to_a_part_is_read_by_its_code(string overlay, string name)
    {
        var part = Repo.All.Single(p => p.Name == name);
        var workloads = new List<JsonNode> { Named(overlay, "Deployment", name) };
        if (part.IsService)
            workloads.Add(Named(overlay, "Job", $"{name}-migrate"));
        var configMaps = OfKind(overlay, "ConfigMap").ToDictionary(c => c["metadata"]!["name"].Text());

        foreach (var container in workloads.SelectMany(w => PodSpec(w)["containers"].Items()))
        {
            var names = container["env"].Items().Select(e => e["name"].Text()).ToList();
            foreach (var source in container["envFrom"].Items())
            {
                var map = source["configMapRef"]?["name"].Text();
                Assert.NotNull(map); // settings in ConfigMaps, secrets one by one (secretKeyRef)
                names.AddRange(configMaps[map!]["data"].Entries().Select(e => e.Key));
            }
            Assert.All(names, v => Assert.Null(Configuration.Check(v, part)));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_gateway_routes_to_the_Services_and_the_web_UI_calls_the_gateway(string overlay)
    {
        var routes = Named(overlay, "ConfigMap", "rectify-gateway-config")["data"]!;
        foreach (var part in Repo.All.Where(p => p != Repo.Gateway))
            Assert.Equal($"http://{part.Name}:{part.Port}", routes[$"ReverseProxy__Clusters__{part.Name}__Destinations__d1__Address"].Text());
        var web = PodSpec(Named(overlay, "Deployment", "web"))["containers"].Items().Single();
        Assert.Equal($"http://gateway:{Repo.Gateway.Port}", web["env"].Items().Single(e => e["name"].Text() == "Gateway__BaseUrl")["value"].Text());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Services_use_the_overlay_s_database_and_RabbitMQ_and_migrate_only_in_their_Jobs(string overlay)
    {
        var config = Named(overlay, "ConfigMap", "rectify-config")["data"]!;
        var provider = DatabaseOf(overlay).Provider;
        Assert.Equal(provider, config["Database__Provider"].Text());
        Assert.Equal("false", config["Database__MigrateOnStart"].Text());
        Assert.Equal("RabbitMq", config["Bus__Transport"].Text());
        foreach (var part in Repo.Services)
        {
            var service = PodSpec(Named(overlay, "Deployment", part.Name))["containers"].Items().Single();
            var job = PodSpec(Named(overlay, "Job", $"{part.Name}-migrate"))["containers"].Items().Single();
            Assert.Equal(service["image"].Text(), job["image"].Text());
            Assert.Equal(["migrate"], job["args"].Items().Select(a => a.Text()));
            Assert.Equal(provider, job["env"].Items().Single(e => e["name"].Text() == "Database__Provider")["value"].Text());
            Assert.Null(service["args"]);
        }
    }

    /// <summary>Who can read which Secret: every way a pod can reference one (env, envFrom, volumes).</summary>
    private static IEnumerable<(string Workload, string Secret)> SecretReferences(string overlay) =>
        from workload in OfKind(overlay, "Deployment").Concat(OfKind(overlay, "StatefulSet")).Concat(OfKind(overlay, "Job"))
        let pod = PodSpec(workload)
        let id = $"{workload["kind"].Text()}/{workload["metadata"]!["name"].Text()}"
        from secret in
            pod["containers"].Items().Concat(pod["initContainers"].Items()).SelectMany(c =>
                c["env"].Items().Select(e => e["valueFrom"]?["secretKeyRef"]?["name"].Text())
                    .Concat(c["envFrom"].Items().Select(e => e["secretRef"]?["name"].Text())))
            .Concat(pod["volumes"].Items().Select(v => v["secret"]?["secretName"].Text()))
            .Concat(pod["volumes"].Items().SelectMany(v => v["projected"]?["sources"].Items() ?? []).Select(s => s["secret"]?["name"].Text()))
        where !string.IsNullOrEmpty(secret)
        select (id, secret!);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Each_database_secret_is_mounted_only_into_its_service_and_its_migration_job(string overlay)
    {
        var references = SecretReferences(overlay).ToList();
        foreach (var part in Repo.Services)
        {
            var readers = references.Where(r => r.Secret == $"rectify-{part.Name}-db").Select(r => r.Workload).Distinct().Order().ToList();
            var allowed = new[] { $"Deployment/{part.Name}", $"Job/{part.Name}-migrate", "Job/db-init" };
            Assert.Contains($"Deployment/{part.Name}", readers);
            Assert.Contains($"Job/{part.Name}-migrate", readers);
            Assert.All(readers, r => Assert.Contains(r, allowed));
        }
        Assert.Equal(["Deployment/units"], references.Where(r => r.Secret == "rectify-signing-key").Select(r => r.Workload).Distinct());
        Assert.Equal(Repo.Services.Select(s => $"Deployment/{s.Name}").Order(), references.Where(r => r.Secret == "rectify-bus").Select(r => r.Workload).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Only_the_gateway_takes_traffic_from_outside(string overlay)
    {
        var ingress = OfKind(overlay, "Ingress").Single();
        var backends = ingress["spec"]!["rules"].Items().SelectMany(r => r["http"]!["paths"].Items()).Select(p => p["backend"]!["service"]!["name"].Text()).Distinct();
        Assert.Equal(["gateway"], backends);
        Assert.All(OfKind(overlay, "Service"), s => Assert.True(s["spec"]!["type"] is null || s["spec"]!["type"].Text() == "ClusterIP", s["metadata"]!["name"].Text()));

        var policies = OfKind(overlay, "NetworkPolicy").ToList();
        var deny = policies.Single(p => p["metadata"]!["name"].Text() == "default-deny")["spec"]!;
        Assert.Empty(deny["podSelector"].Entries());
        Assert.Equal(["Ingress", "Egress"], deny["policyTypes"].Items().Select(t => t.Text()));
        var dns = policies.Single(p => p["metadata"]!["name"].Text() == "allow-dns")["spec"]!;
        Assert.Contains("53", dns.ToJsonString());

        // Traffic from another namespace (the ingress controller) reaches the gateway only.
        var fromOutside = policies.Where(p => p["spec"]!["ingress"].Items().SelectMany(i => i["from"].Items()).Any(f => f["namespaceSelector"] is not null || f["ipBlock"] is not null));
        Assert.Equal(["gateway"], fromOutside.Select(p => p["spec"]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"].Text()));

        foreach (var part in Repo.Services)
        {
            var policy = policies.Single(p => p["metadata"]!["name"].Text() == part.Name)["spec"]!;
            Assert.Equal(part.Name, policy["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"].Text());
            var from = policy["ingress"].Items().SelectMany(i => i["from"].Items()).Select(f => f["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"].Text());
            Assert.Equal(["gateway"], from);
            var egressPorts = policy["egress"].Items().SelectMany(e => e["ports"].Items()).Select(p => p["port"].Text()).Order();
            Assert.Equal(new[] { DatabaseOf(overlay).Port, "4317", "5672" }.Order(), egressPorts); // its database server, the collector, the broker
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Reporting_and_the_gateway_scale_on_their_own(string overlay)
    {
        var targets = OfKind(overlay, "HorizontalPodAutoscaler").Select(h => h["spec"]!["scaleTargetRef"]!["name"].Text()).Order();
        Assert.Equal(["gateway", "reporting"], targets);
        // An HPA owns the replica count: the Deployment must not fight it on every apply.
        Assert.Null(Named(overlay, "Deployment", "reporting")["spec"]!["replicas"]);
        Assert.Null(Named(overlay, "Deployment", "gateway")["spec"]!["replicas"]);
    }

    [Fact]
    public void Copies_of_shared_files_are_equal()
    {
        Assert.Equal(Repo.Read("tools/deploy/otel-collector/config.yaml"), Repo.Read("k8s/base/otel-collector/config.yaml"));
        Assert.Equal(Repo.Read("tools/deploy/sqlserver/init-databases.sql"), Repo.Read("k8s/overlays/dev/sqlserver/init-databases.sql"));
        Assert.Equal(Repo.Read("tools/deploy/postgres/init-databases.sh"), Repo.Read("k8s/overlays/postgres/postgres/init-databases.sh"));
    }

    [Fact]
    public void The_postgres_overlay_runs_PostgreSQL_in_place_of_SQL_Server()
    {
        const string overlay = "k8s/overlays/postgres";
        Assert.DoesNotContain(Manifests(overlay), m => m["metadata"]!["name"].Text().StartsWith("sqlserver", StringComparison.Ordinal));
        Assert.StartsWith("postgres:15", PodSpec(Named(overlay, "StatefulSet", "postgres"))["containers"].Items().Single()["image"].Text());
        var init = PodSpec(Named(overlay, "Job", "db-init"));
        Assert.Equal("/scripts/init-databases.sh", init["containers"].Items().Single()["command"].Items().Last().Text());
        Assert.Equal("postgres-init", init["volumes"].Items().Single()["configMap"]!["name"].Text());
        Assert.NotNull(Named(overlay, "ConfigMap", "postgres-init")["data"]!["init-databases.sh"]);
    }

    [Fact]
    public void The_PostgreSQL_init_script_gives_each_login_its_own_database_and_schema_only()
    {
        var script = Repo.Read("tools/deploy/postgres/init-databases.sh");
        var loop = System.Text.RegularExpressions.Regex.Match(script, @"for service in ([a-z ]+); do").Groups[1].Value.Split(' ');
        Assert.Equal(Repo.Services.Select(s => s.Name).Order(), loop.Order());
        Assert.Contains("database=\"rectify_$service\"", script);
        Assert.Contains("login=\"rectify_$service\"", script);
        Assert.Contains("REVOKE ALL ON DATABASE :\"database\" FROM PUBLIC;", script);
        Assert.Contains("GRANT CONNECT, TEMPORARY ON DATABASE :\"database\" TO :\"login\";", script);
        Assert.Contains("CREATE SCHEMA IF NOT EXISTS :\"schema\" AUTHORIZATION :\"login\";", script);
        Assert.Contains("REVOKE CREATE ON SCHEMA public FROM PUBLIC;", script);
        foreach (var power in new[] { "SUPERUSER", "CREATEDB", "CREATEROLE", "BYPASSRLS" })
            Assert.DoesNotContain(power, script);
    }

    [Fact]
    public void The_database_init_script_gives_each_login_its_own_database_only()
    {
        var script = Repo.Read("tools/deploy/sqlserver/init-databases.sql");
        foreach (var part in Repo.Services)
        {
            var login = $"rectify_{part.Name}";
            Assert.Contains($"CREATE DATABASE [{login}];", script);
            Assert.Contains($"CREATE LOGIN [{login}] WITH PASSWORD = N'$({part.Name.ToUpperInvariant()}_DB_PASSWORD)'", script);
            Assert.Contains($"ALTER LOGIN [{login}] WITH PASSWORD = N'$({part.Name.ToUpperInvariant()}_DB_PASSWORD)'", script);
            // The user is created in its own database only: the last USE before CREATE USER names it.
            var create = script.IndexOf($"CREATE USER [{login}]", StringComparison.Ordinal);
            Assert.Equal(create, script.LastIndexOf($"CREATE USER [{login}]", StringComparison.Ordinal));
            var users = new[] { System.Text.RegularExpressions.Regex.Matches(script[..create], @"USE \[(\w+)\];").Last().Groups[1].Value };
            Assert.Equal([login], users);
        }
        Assert.DoesNotContain("sysadmin", script.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        Assert.DoesNotContain("GRANT", script);
    }
}
