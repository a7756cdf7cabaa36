using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Units.Apis;
using Rectify.Units.Consumers;
using Rectify.Units.Identity;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;
using Rectify.Units.StaffDirectory;

namespace Rectify.Units;

/// <summary>The units service: jurisdictions, units, people, accounts, and the built-in token issuer.</summary>
public static class UnitsModule
{
    public const string Name = "units";

    public static readonly ServiceModule Module = new(
        Name,
        builder =>
        {
            builder.AddServiceDatabase<UnitsDbContext, UnitsSqliteDbContext, UnitsSqlServerDbContext, UnitsPostgresDbContext>(Name);
            builder.Services.AddScoped<UnitDirectory>();
            builder.Services.AddScoped<JurisdictionDirectory>();
            builder.Services.AddScoped<DepartmentDirectory>();
            builder.Services.AddScoped<PeopleDirectory>();
            builder.Services.AddScoped<StaffDirectoryImport>();
            builder.Services.AddScoped<UnitAccess>();
            builder.Services.AddScoped<GrantRules>();
            builder.Services.AddScoped<AccountAdministration>();
            builder.AddTokenIssuer();
        },
        consumers => consumers.Add<UnitStateRepublisher>(),
        app =>
        {
            app.MapUnitsApi();
            app.MapFirstResponsibleApi();
            app.MapJurisdictionsApi();
            app.MapDepartmentsApi();
            app.MapPeopleApi();
            app.MapStaffDirectoryApi();
            app.MapAccountsApi();
            app.MapProfileApi();
            app.MapTokenApi();
        });
}
