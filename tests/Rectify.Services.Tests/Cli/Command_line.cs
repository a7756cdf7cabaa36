using System.Net.Http.Json;
using Rectify.Cli;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Cli;

public sealed class Command_line : IDisposable
{
    private readonly ServiceFactory<Rectify.Units.Program> _units = new();

    [Fact]
    public async Task Lists_the_units_after_signing_in()
    {
        var admin = await _units.CreateClient().SignedInAsync();
        await admin.UnitAsync("中共赣州市水利局党组", await admin.JurisdictionAsync("赣州市"), "赣州市水利局");

        var (exit, output, _) = await RunAsync(TestAccounts.AdminPassword, "units", "list");

        Assert.Equal(0, exit);
        Assert.Contains("党组\t赣州市水利局\t中共赣州市水利局党组", output);
    }

    [Fact]
    public async Task Says_so_when_the_password_is_wrong()
    {
        var (exit, _, error) = await RunAsync("wrong", "units", "list");

        Assert.Equal(1, exit);
        Assert.Contains("sign-in refused", error);
    }

    [Fact]
    public async Task Reports_readiness()
    {
        var (exit, output, _) = await RunAsync(null, "status");

        Assert.Equal(0, exit);
        Assert.Contains("Healthy", output);
    }

    [Fact]
    public async Task Prints_usage_for_an_unknown_command()
    {
        var (exit, _, error) = await RunAsync(null, "frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error);
    }

    [Fact]
    public void Options_win_over_environment_variables()
    {
        var env = new Dictionary<string, string?> { ["RECTIFY_URL"] = "http://env:1", ["RECTIFY_PASSWORD"] = "from-env" };

        var options = CliOptions.Parse(["--url", "http://cli:2", "units", "list"], k => env.GetValueOrDefault(k));

        Assert.Equal(new Uri("http://cli:2"), options.BaseUrl);
        Assert.Equal("from-env", options.Password);
        Assert.Equal(["units", "list"], options.Arguments);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string? password, params string[] args)
    {
        var options = new CliOptions(new Uri("http://localhost"), "admin", password, args);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new Commands(new GatewayClient(_units.CreateClient(), options), output, error).RunAsync(args);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => _units.Dispose();
}
