using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Data;

/// <summary>The request named a dataset version the server does not have (never applied, or newer than the database).</summary>
public sealed class UnknownDatasetVersionException(int version, int latest)
    : Exception($"dataset version {version} does not exist; this server has versions 1 to {latest}")
{
    public int Version { get; } = version;
}

/// <summary>A known past version could not be rebuilt from the seed files (one is missing or was edited after it was applied).</summary>
public sealed class DatasetVersionUnavailableException(string message) : Exception(message);

/// <summary>
/// Answers at a past dataset version. Version N is rebuilt from the applied seed files 1..N, with the same
/// builder as the main database, into its own SQLite file (artifacts/versions/treatytracker-vN-IDENTITY.db, a file
/// anyone can open and diff); a few recently asked versions are kept in memory (TreatyTracker:PastVersions).
/// </summary>
public sealed class DatasetVersions(DatasetStore store, IClock clock, IOptions<TreatyTrackerOptions> options, ILogger<DatasetVersions> log)
{
    private readonly Lock _lock = new();
    // identity -> snapshot being built or built; most recently used last.
    private readonly LinkedList<(string Identity, Lazy<Task<DatasetSnapshot>> Snapshot)> _recent = new();

    /// <summary>The snapshot answering at <paramref name="version"/>; null asks for the current one.</summary>
    public async Task<DatasetSnapshot> GetAsync(int? version, CancellationToken ct = default)
    {
        var current = store.Current();
        if (version is null || version == current.Version) return current;
        var files = current.Reference.Dataset.Files;
        if (version < 1 || version > current.Version || files.All(f => f.Version != version))
            throw new UnknownDatasetVersionException(version.Value, current.Version);
        var upTo = files.Where(f => f.Version <= version).ToList();
        var identity = DatasetSnapshot.IdentityOf(upTo);
        Lazy<Task<DatasetSnapshot>> entry;
        lock (_lock)
        {
            var node = _recent.First;
            while (node is not null && node.Value.Identity != identity) node = node.Next;
            if (node is not null) _recent.Remove(node);
            else node = new LinkedListNode<(string, Lazy<Task<DatasetSnapshot>>)>((identity, new Lazy<Task<DatasetSnapshot>>(() => Task.Run(() => Build(upTo, identity)))));
            _recent.AddLast(node);
            while (_recent.Count > Math.Max(1, options.Value.PastVersions.CachedVersions)) _recent.RemoveFirst();
            entry = node.Value.Snapshot;
        }
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch (DatasetVersionUnavailableException)
        {
            lock (_lock)
            {
                for (var n = _recent.First; n is not null; n = n.Next)
                    if (n.Value.Identity == identity) { _recent.Remove(n); break; }
            }
            throw;
        }
    }

    /// <summary>The applied seed files as they are in the data directory; throws when one is missing or was edited after it was applied.</summary>
    public IEnumerable<(DatasetFile File, byte[] Bytes)> SeedFilesOf(IEnumerable<DatasetFile> files)
    {
        var data = RepositoryPaths.DataDirectory(options.Value.DataDirectory);
        foreach (var f in files)
        {
            var source = Path.Combine(data, f.FileName);
            if (!File.Exists(source))
                throw new DatasetVersionUnavailableException($"{f.FileName} (dataset version {f.Version}) is no longer in the data directory");
            var bytes = File.ReadAllBytes(source);
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), f.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new DatasetVersionUnavailableException($"{f.FileName} (dataset version {f.Version}) was edited after it was applied");
            yield return (f, bytes);
        }
    }

    /// <summary>The SQLite file holding version N of these seed files.</summary>
    public string PathOf(int version, string identity) =>
        Path.Combine(Path.GetDirectoryName(RepositoryPaths.DatabasePath(options.Value.DatabasePath))!, "versions", $"treatytracker-v{version}-{identity[..16]}.db");

    private DatasetSnapshot Build(IReadOnlyList<DatasetFile> files, string identity)
    {
        var version = files[^1].Version;
        var path = PathOf(version, identity);
        if (!File.Exists(path))
        {
            var started = Stopwatch.StartNew();
            var seeds = path + ".seeds";
            if (Directory.Exists(seeds)) Directory.Delete(seeds, true);
            Directory.CreateDirectory(seeds);
            try
            {
                foreach (var (f, bytes) in SeedFilesOf(files)) File.WriteAllBytes(Path.Combine(seeds, f.FileName), bytes);
                new DatabaseBuilder(clock).Build(seeds, path);
            }
            catch (Exception e) when (e is SeedValidationException or SeedHistoryException)
            {
                throw new DatasetVersionUnavailableException($"dataset version {version} cannot be rebuilt from its seed files: {e.Message}");
            }
            finally
            {
                Directory.Delete(seeds, true);
            }
            log.LogInformation("Built dataset version {Version} into {Path} in {Seconds:F1} s", version, path, started.Elapsed.TotalSeconds);
        }
        var connection = DatabaseBuilder.ConnectionString(path, readOnly: true);
        using var db = new TreatyDb(TreatyDb.OptionsFor(connection));
        return new DatasetSnapshot(DatasetReader.LoadReference(db, clock.GetCurrentInstant()))
        {
            OpenDatabase = () => new TreatyDb(TreatyDb.OptionsFor(connection)),
        };
    }
}
