using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Data;
using Rectify.Units.Identity;
using Rectify.Units.Model;

namespace Rectify.Units.Infrastructure;

public class UnitsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => UnitsModule.Name;
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
}

/// <summary>The SQLite flavour; each provider has its own type so that its migrations live apart.</summary>
public sealed class UnitsSqliteDbContext(DbContextOptions<UnitsSqliteDbContext> options) : UnitsDbContext(options);

public sealed class UnitsSqlServerDbContext(DbContextOptions<UnitsSqlServerDbContext> options) : UnitsDbContext(options);

public sealed class UnitsPostgresDbContext(DbContextOptions<UnitsPostgresDbContext> options) : UnitsDbContext(options);

internal sealed class UnitsSqliteDesignTimeFactory : SqliteDesignTimeFactory<UnitsSqliteDbContext>;

internal sealed class UnitsSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<UnitsSqlServerDbContext>;

internal sealed class UnitsPostgresDesignTimeFactory : PostgresDesignTimeFactory<UnitsPostgresDbContext>;
