using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;
using TreatyTracker.Server.GraphQL;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.Cli;

/// <summary>
/// Runs a verb other than serve with a small service provider (configuration, options, clock, schema):
/// no web host is built, no port is opened, nothing is read from the database unless the verb needs it.
/// </summary>
public static class CliHost
{
    public static int Run(CommandLine cli)
    {
        using var services = Services(cli);
        var options = services.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
        var data = RepositoryPaths.DataDirectory(options.DataDirectory);
        var today = services.GetRequiredService<IClock>().Today();
        return cli.Verb switch
        {
            "validate" => ValidateVerb.Run(data, today),
            "build-db" when cli.Synthetic is { } events => SyntheticBuild.Run(services, events, cli, Console.WriteLine, Console.Error.WriteLine),
            "build-db" => BuildDbVerb.Run(services, data, RepositoryPaths.DatabasePath(options.DatabasePath), cli.Rebuild),
            "coverage" => CoverageVerb.Run(data, today),
            "export-schema" => ExportSchemaVerb.Run(services, cli.Out),
            _ => throw new ArgumentOutOfRangeException(nameof(cli), cli.Verb, "not a command-line verb"),
        };
    }

    /// <summary>The same configuration sources the web host reads (appsettings.json, environment, command line), and the services the verbs use.</summary>
    public static ServiceProvider Services(CommandLine cli)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(cli.HostArgs)
            .AddInMemoryCollection(cli.Settings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.Configure<TreatyTrackerOptions>(configuration.GetSection(TreatyTrackerOptions.Section));
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddTreatyGraphQL();
        return services.BuildServiceProvider();
    }
}
