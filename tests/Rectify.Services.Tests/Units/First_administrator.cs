using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Services.Tests.Support;
using Rectify.Units.Identity;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

/// <summary>The first administrator's password: chosen (and then held to the policy) or generated and shown once on standard output.</summary>
public sealed partial class First_administrator : IDisposable
{
    private readonly ServiceFactory<Rectify.Units.Program> _root = new();

    [Fact]
    public void A_RECTIFY_ADMIN_PASSWORD_below_the_policy_stops_the_start_naming_it()
    {
        using var units = _root.WithWebHostBuilder(b => b.UseSetting("RECTIFY_ADMIN_PASSWORD", "admin123"));

        var error = Assert.ThrowsAny<Exception>(() => units.CreateClient());

        Assert.Contains("RECTIFY_ADMIN_PASSWORD does not meet the password policy", Messages(error));
    }

    [Fact]
    public async Task Without_one_a_generated_password_is_written_once_to_standard_output_and_signs_in()
    {
        var output = new StringWriter();
        using var units = _root.WithWebHostBuilder(b =>
        {
            b.UseSetting("RECTIFY_ADMIN_PASSWORD", "");
            b.ConfigureServices(s => s.AddSingleton(new FirstPasswordOutput(output)));
        });

        var client = units.CreateClient();
        var password = Assert.Single(PasswordLine().Matches(output.ToString())).Groups[1].Value;

        Assert.True(PasswordPolicy.Allows(password));
        await client.SignedInAsync("admin", password);
        using var again = _root.WithWebHostBuilder(b =>
        {
            b.UseSetting("RECTIFY_ADMIN_PASSWORD", "");
            b.ConfigureServices(s => s.AddSingleton(new FirstPasswordOutput(output)));
        });
        again.CreateClient();
        Assert.Single(PasswordLine().Matches(output.ToString()));
    }

    [Fact]
    public void Generated_passwords_always_pass_the_policy() =>
        Assert.All(Enumerable.Range(0, 500).Select(_ => AdminAccountSeeder.GeneratePassword()), p => Assert.True(PasswordPolicy.Allows(p), p));

    [Fact]
    public async Task New_hashes_are_PBKDF2_SHA512_at_210000_iterations_and_older_ones_are_upgraded_at_sign_in()
    {
        var client = _root.CreateClient();
        using var scope = _root.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<UnitsDbContext>();
        Assert.Equal((2, 210_000), Pbkdf2(await db.Accounts.Where(a => a.UserName == "admin").Select(a => a.PasswordHash).SingleAsync()));

        // As hashed before: 100,000 iterations.
        var old = new Microsoft.AspNetCore.Identity.PasswordHasher<Account>(
            Microsoft.Extensions.Options.Options.Create(new Microsoft.AspNetCore.Identity.PasswordHasherOptions { IterationCount = 100_000 }));
        var admin = await db.Accounts.SingleAsync(a => a.UserName == "admin");
        admin.PasswordHash = old.HashPassword(admin, TestAccounts.AdminPassword);
        await db.SaveChangesAsync();

        await client.SignedInAsync();

        db.ChangeTracker.Clear();
        Assert.Equal((2, 210_000), Pbkdf2(await db.Accounts.Where(a => a.UserName == "admin").Select(a => a.PasswordHash).SingleAsync()));
    }

    /// <summary>ASP.NET Core's v3 format: 0x01, PRF, iteration count (big-endian), salt length, salt, subkey.</summary>
    private static (int Prf, int Iterations) Pbkdf2(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return ((int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)),
            (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }

    private static string Messages(Exception? e) => e is null ? "" : e.Message + " | " + Messages(e.InnerException)
        + (e is AggregateException a ? string.Join(" | ", a.InnerExceptions.Select(Messages)) : "");

    [GeneratedRegex("created account 'admin' with password: (\\S+)")]
    private static partial Regex PasswordLine();

    public void Dispose() => _root.Dispose();
}
