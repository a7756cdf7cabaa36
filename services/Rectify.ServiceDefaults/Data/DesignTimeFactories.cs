using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rectify.ServiceDefaults.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build a provider's context without starting the service.</summary>
public abstract class SqliteDesignTimeFactory<T> : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args) =>
        (T)Activator.CreateInstance(typeof(T), new DbContextOptionsBuilder<T>().UseSqlite("Data Source=design-time.db").Options)!;
}

public abstract class SqlServerDesignTimeFactory<T> : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args) =>
        (T)Activator.CreateInstance(typeof(T), new DbContextOptionsBuilder<T>()
            .UseSqlServer("Server=design-time;Database=design-time;Trusted_Connection=True").Options)!;
}

public abstract class PostgresDesignTimeFactory<T> : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args) =>
        (T)Activator.CreateInstance(typeof(T), new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=design-time;Database=design-time;Username=design-time").Options)!;
}
