using System.Diagnostics;
using NodaTime;
using TreatyTracker.Server.Data;
using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Cli;

/// <summary>
/// build-db --synthetic N: writes N made-up events as seed files (see <see cref="SyntheticDataset.Events"/>) and builds a
/// database from the same records with the same validator and writer as the real data, without reading the YAML back
/// (the checksums are those of the files, so a server started on them finds the database up to date). By default both
/// live under artifacts/synthetic-N/, never in data/ nor in the real database; --data and --db choose other places.
/// </summary>
public static class SyntheticBuild
{
    public static int Run(IServiceProvider services, int events, CommandLine cli, Action<string> info, Action<string> error)
    {
        var root = Path.Combine(RepositoryPaths.Root() ?? Directory.GetCurrentDirectory(), "artifacts", $"synthetic-{events}");
        var data = Path.GetFullPath(cli.Settings.GetValueOrDefault($"{TreatyTrackerOptions.Section}:DataDirectory") ?? Path.Combine(root, "data"));
        var db = Path.GetFullPath(cli.Settings.GetValueOrDefault($"{TreatyTrackerOptions.Section}:DatabasePath") ?? Path.Combine(root, "treatytracker.db"));
        if (Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any(f => !Path.GetFileName(f).Contains("-synthetic", StringComparison.Ordinal)))
        {
            error($"{data} holds files that are not synthetic seed files: choose an empty directory with --data");
            return 1;
        }
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);

        var watch = Stopwatch.StartNew();
        var files = SyntheticDataset.Events(data, events);
        info($"wrote {events:N0} synthetic events ({files[0].Treaties.Count} treaties, {files.Count} files) to {data} in {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var report = new DatabaseBuilder(services.GetRequiredService<IClock>()).Build(files, db, rebuild: true, info);
            info($"{db}: dataset version {report.Version}; build-db took {watch.Elapsed.TotalSeconds:0.0} s " +
                 $"({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of CPU)");
            info($"serve it with: --data {data} --db {db}");
            return 0;
        }
        catch (SeedValidationException e)
        {
            foreach (var p in e.Problems.Take(20)) error(p.ToString());
            error($"{e.Problems.Count} problem(s) in the synthetic dataset; no database was written.");
            return 1;
        }
    }
}
