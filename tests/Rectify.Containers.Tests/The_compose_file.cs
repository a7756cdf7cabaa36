using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Rectify.Containers.Tests.Infrastructure;

namespace Rectify.Containers.Tests;

/// <summary>
/// docker-compose.yml with the PostgreSQL override, run by Debian's docker-compose (1.29, Compose v1) as an
/// operator runs it: the file a user starts is the file tested. Only the collector and the dashboard are
/// stand-ins (compose/stand-ins.yml: their images cannot be pulled here).
/// </summary>
public sealed class The_compose_file(ITestOutputHelper output)
{
    [Fact]
    public async Task Comes_up_healthy_on_PostgreSQL_signs_in_through_the_gateway_and_goes_down_with_its_volumes()
    {
        DockerEngine.Require();
        var compose = ComposeFiles.Render();
        var port = FreePort();
        var project = $"rectify-compose-{Guid.NewGuid():N}"[..24];
        var environment = new Dictionary<string, string>(compose.Environment)
        {
            ["COMPOSE_PROJECT_NAME"] = project,
            ["RECTIFY_PORT"] = port.ToString(),
            ["STAND_IN_IMAGE"] = DockerEngine.PostgresImage,
            // docker-compose 1.29 pulls the image of sqlserver though the override scales it to zero
            // containers: any local image will do (found here: without it, up fails pulling from mcr).
            ["MSSQL_IMAGE"] = DockerEngine.PostgresImage,
        };
        string[] files = [.. ComposeFiles.Files.Append("tests/Rectify.Containers.Tests/compose/stand-ins.yml").SelectMany(f => new[] { "-f", f })];
        DockerEngine.Result Compose(params string[] args) =>
            DockerEngine.Run(DockerEngine.Compose, [.. files, .. args], ContainerStack.StartTimeout, environment, Repository.Root);

        try
        {
            // up waits for each depends_on condition: database healthy, db-init and the migrations exited 0,
            // every service healthy before the gateway starts.
            var up = await Task.Run(() => Compose("up", "-d", "--no-build"));
            output.WriteLine($"docker-compose up: {up}");
            Assert.True(up.Exit == 0, $"docker-compose up failed: {up}\n{Compose("ps")}\n{Compose("logs", "--tail", "20")}");

            var ps = Compose("ps");
            output.WriteLine(ps.Output);
            foreach (var oneShot in new[] { "keygen", "db-init", "units-migrate", "findings-migrate", "tasks-migrate", "notifications-migrate", "reporting-migrate" })
                Assert.Matches($@"(?m)^{project}_{oneShot}_1 .*Exit 0\s*$", ps.Output);

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
            await Eventually.HoldsAsync(async () => (await http.GetAsync("health/ready")).StatusCode, s => s == HttpStatusCode.OK,
                "the gateway of the compose stack ready", s => $"{s}", ContainerStack.StartTimeout, () => Compose("ps").Output);
            using var token = await http.PostAsJsonAsync("api/auth/token", new { username = "admin", password = compose.AdminPassword });
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }
        finally
        {
            var down = Compose("down", "-v", "--remove-orphans");
            output.WriteLine($"docker-compose down -v: {down}");
            Assert.True(down.Exit == 0, $"docker-compose down -v failed: {down}");
        }
        var volumes = DockerEngine.Run(DockerEngine.Client, ["volume", "ls", "-q", "--filter", $"name={project}_"], TimeSpan.FromSeconds(30));
        Assert.Equal("", volumes.Output.Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
