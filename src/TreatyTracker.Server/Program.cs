using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Server;
using TreatyTracker.Server.Cli;
using TreatyTracker.Server.Data;
using TreatyTracker.Server.GraphQL;
using TreatyTracker.Server.Http;
using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;

var cli = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(cli.HostArgs);
builder.Configuration.AddInMemoryCollection(cli.Settings);

// Services
builder.Services.Configure<TreatyTrackerOptions>(builder.Configuration.GetSection(TreatyTrackerOptions.Section));
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddTreatyStorage();
builder.Services.AddTreatyGraphQL();
builder.Services.AddTreatyCors();

var app = builder.Build();
var options = app.Services.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
var data = RepositoryPaths.DataDirectory(options);
var db = RepositoryPaths.DatabasePath(options);

switch (cli.Verb)
{
    case "validate":
        try
        {
            var dataset = SeedValidator.Load(data, app.Services.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date);
            Console.WriteLine($"{data}: {dataset.Files.Count} file(s), version {dataset.Version}: {dataset.Treaties.Count} treaties, {dataset.Countries.Count} countries, {dataset.Events.Count} events. OK.");
            return 0;
        }
        catch (SeedValidationException e)
        {
            foreach (var p in e.Problems) Console.Error.WriteLine(p);
            Console.Error.WriteLine($"{e.Problems.Count} problem(s); nothing was written.");
            return 1;
        }
    case "build-db" when cli.Synthetic is { } events:
        return SyntheticBuild.Run(app.Services, events, cli, Console.WriteLine, Console.Error.WriteLine);
    case "build-db":
        return DatabaseStartup.Build(app.Services, data, db, cli.Rebuild, Console.WriteLine, Console.Error.WriteLine) ? 0 : 1;
    case "coverage":
        try
        {
            Console.Write(CoverageReport.Markdown(SeedValidator.Load(data, app.Services.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date)));
            return 0;
        }
        catch (SeedValidationException e)
        {
            foreach (var p in e.Problems) Console.Error.WriteLine(p);
            return 1;
        }
    case "export-schema":
        var path = cli.Out ?? Path.Combine(RepositoryPaths.Root() ?? ".", "schema.graphql");
        File.WriteAllText(path, GraphQLEndpoint.PrintSchema(app.Services.GetRequiredService<GraphQL.Types.ISchema>()));
        Console.WriteLine($"wrote {path}");
        return 0;
}

if (options.BuildDatabaseOnStart &&
    !DatabaseStartup.Build(app.Services, data, db, false, m => app.Logger.LogInformation("{Message}", m), m => app.Logger.LogError("{Message}", m)))
    return 1;

// Middleware and endpoints
app.UseTreatyErrors();
app.UseCors();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGraphQLEndpoint();
app.MapFeeds();
app.Run();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
