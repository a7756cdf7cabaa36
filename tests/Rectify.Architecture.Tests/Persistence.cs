using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rectify.Architecture.Tests;

public sealed class Persistence
{
    public static TheoryData<string, string> ProviderContexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in Solution.ServiceNames)
            foreach (var provider in new[] { "Sqlite", "SqlServer", "Postgres" })
                data.Add(service, provider);
        return data;
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Every_service_has_current_migrations_for_every_provider(string service, string provider)
    {
        var assembly = Solution.Services.Single(a => a.GetName().Name == $"Rectify.{service}");
        var contextType = assembly.GetType($"Rectify.{service}.Infrastructure.{service}{provider}DbContext", throwOnError: true)!;
        var factory = assembly.GetTypes().Single(t => typeof(Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<>).MakeGenericType(contextType).IsAssignableFrom(t));
        using var db = (DbContext)((dynamic)Activator.CreateInstance(factory, nonPublic: true)!).CreateDbContext(Array.Empty<string>());

        var migrations = db.GetService<IMigrationsAssembly>().Migrations;

        Assert.NotEmpty(migrations);
        Assert.All(migrations.Values, m => Assert.Equal($"Rectify.{service}.Migrations.{provider}", m.Namespace));
        // A model change without a migration fails here, for each provider.
        Assert.False(db.Database.HasPendingModelChanges(), $"{service} has model changes without a {provider} migration: run tools/dev/add-migration.sh {service} <Name>");
    }

    [Fact]
    public void No_code_creates_a_schema_without_migrations()
    {
        var offending = new[] { "services", "gateway", "web", "tools", "tests" }
            .SelectMany(Solution.SourceFiles)
            .Where(f => f.EndsWith(".cs") && Path.GetFileName(f) != $"{nameof(Persistence)}.cs") // this rule's own text
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\.EnsureCreated(Async)?\s*\("));

        Assert.Empty(offending);
    }

    [Fact]
    public void No_code_opens_a_transaction_outside_the_unit_of_work()
    {
        // Under a retrying execution strategy (SQL Server, PostgreSQL, and SQLite here) a hand-opened
        // transaction fails at its first query; UnitOfWork runs it inside the strategy.
        var offending = new[] { "services", "gateway", "web", "tools" }
            .SelectMany(Solution.SourceFiles)
            .Where(f => f.EndsWith(".cs") && Path.GetFileName(f) != "UnitOfWork.cs")
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\.BeginTransaction(Async)?\s*\("));

        Assert.Empty(offending);
    }
}
