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
if (cli.Verb != CommandLine.Serve) return CliHost.Run(cli);

var builder = WebApplication.CreateBuilder(cli.HostArgs);
builder.Configuration.AddInMemoryCollection(cli.Settings);

// Services
builder.Services.Configure<TreatyTrackerOptions>(builder.Configuration.GetSection(TreatyTrackerOptions.Section));
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddTreatyStorage();
builder.Services.AddTreatyGraphQL();
builder.Services.AddTreatyCors();
builder.Services.AddTreatyRequestLimits();

var app = builder.Build();
var options = app.Services.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
var data = RepositoryPaths.DataDirectory(options.DataDirectory);
var db = RepositoryPaths.DatabasePath(options.DatabasePath);

if (options.BuildDatabaseOnStart &&
    !DatabaseStartup.Build(app.Services, data, db, false, m => app.Logger.LogInformation("{Message}", m), m => app.Logger.LogError("{Message}", m)))
    return 1;

// Middleware and endpoints
app.UseTreatyErrors();
app.UseCors();
app.UseTreatyRequestLimits();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGraphQLEndpoint();
app.MapFeeds();
app.MapChangeFeeds();
app.Run();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
