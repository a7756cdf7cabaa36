using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

/// <summary>
/// Creates the <c>admin</c> account on first start. Its password comes from RECTIFY_ADMIN_PASSWORD (which
/// must pass the password policy: the start fails otherwise) or is generated and written once to the
/// console's standard output; never a fixed password, never through ILogger (whose providers ship to
/// files and collectors).
/// </summary>
public sealed class AdminAccountSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, FirstPasswordOutput output)
    : IHostedService
{
    public const string UserName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UnitsDbContext>();
        if (await db.Accounts.AnyAsync(a => a.UserName == UserName, cancellationToken))
            return;

        var configured = configuration["RECTIFY_ADMIN_PASSWORD"];
        if (!string.IsNullOrEmpty(configured) && !PasswordPolicy.Allows(configured))
            throw new InvalidOperationException($"RECTIFY_ADMIN_PASSWORD does not meet the password policy: {PasswordPolicy.Rule} Choose another, or unset it to have one generated.");
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var account = new Account
        {
            Id = Guid.CreateVersion7(), UserName = UserName, DisplayName = "系统管理员", PasswordHash = "",
            CreatedAt = time.GetUtcNow(), Version = 1,
        };
        account.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = account.Id, Role = RectifyRoles.Administrator });
        account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Account>>().HashPassword(account, password);
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return; // another instance created it first
        }
        if (string.IsNullOrEmpty(configured))
            output.Writer.WriteLine($"Rectify: created account 'admin' with password: {password}  (shown once; set RECTIFY_ADMIN_PASSWORD to choose it)");
    }

    /// <summary>16 characters from an unambiguous alphabet, drawn again until the password policy allows it (it needs a digit).</summary>
    public static string GeneratePassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, 16);
            if (PasswordPolicy.Allows(password))
                return password;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
}

/// <summary>Where the generated first password is written: the console's standard output (tests read it elsewhere).</summary>
public sealed class FirstPasswordOutput(TextWriter writer)
{
    public TextWriter Writer => writer;
}
