using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

/// <summary>
/// Creates the <c>admin</c> account on first start. Its password comes from RECTIFY_ADMIN_PASSWORD
/// or is generated and printed once to the console; never a fixed password, never logged.
/// </summary>
internal sealed class AdminAccountSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time) : IHostedService
{
    public const string UserName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UnitsDbContext>();
        if (await db.Accounts.AnyAsync(a => a.UserName == UserName, cancellationToken))
            return;

        var configured = configuration["RECTIFY_ADMIN_PASSWORD"];
        var password = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetString(Alphabet, 16) : configured;
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
            Console.WriteLine($"Rectify: created account 'admin' with password: {password}  (shown once; set RECTIFY_ADMIN_PASSWORD to choose it)");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
}
