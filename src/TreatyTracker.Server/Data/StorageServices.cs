using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Data;

public static class StorageServices
{
    /// <summary>The read-only database connection (with any EF Core interceptors registered in DI) and the dataset store.</summary>
    public static IServiceCollection AddTreatyStorage(this IServiceCollection services)
    {
        services.AddDbContextFactory<TreatyDb>((sp, o) =>
        {
            var path = RepositoryPaths.DatabasePath(sp.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value.DatabasePath);
            o.UseSqlite(DatabaseBuilder.ConnectionString(path, readOnly: true));
            o.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            o.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<DatasetVersions>();
        services.AddSingleton<DatasetChangelog>();
        services.AddHostedService<ChangelogWarmup>();
        return services;
    }

    public static IServiceCollection AddTreatyCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<TreatyTrackerOptions>>((cors, o) =>
            cors.AddDefaultPolicy(p =>
            {
                var origins = o.Value.Http.CorsOrigins;
                if (origins.Length == 0 || origins.Contains("*")) p.AllowAnyOrigin(); else p.WithOrigins(origins);
                p.WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("ETag", "X-Dataset-Version");
            }));
        return services;
    }
}

/// <summary>Creates or updates the database from the seed files, reporting in words, never with a stack trace.</summary>
public static class DatabaseStartup
{
    public static bool Build(IServiceProvider services, string data, string db, bool rebuild, Action<string> info, Action<string> error)
    {
        try
        {
            var report = new DatabaseBuilder(services.GetRequiredService<IClock>()).Build(data, db, rebuild, info);
            info($"{db}: dataset version {report.Version}{(report.Applied.Count == 0 ? ", nothing to apply" : $", applied {report.Applied.Count} file(s)")}.");
            return true;
        }
        catch (SeedValidationException e)
        {
            foreach (var p in e.Problems) error(p.ToString());
            error($"{e.Problems.Count} problem(s) in the seed files; the database was not changed.");
            return false;
        }
        catch (SeedHistoryException e)
        {
            error(e.Message);
            return false;
        }
    }
}
