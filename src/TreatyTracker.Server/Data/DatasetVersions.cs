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
/// builder as the main database, into its own SQLite file (VERSIONS/treatytracker-vN-IDENTITY.db, a file anyone can
/// open and diff; see <see cref="DirectoryOf"/>); a few recently asked versions are kept in memory
/// (TreatyTracker:Versions:CachedVersions), and at most TreatyTracker:Versions:MaxFilesOnDisk files on disk, the least
/// recently used deleted first. A request holds its version's file through a <see cref="Lease"/>: a leased file (or
/// one being built) is never deleted, so no reader ever finds its file gone; deleting one also forgets its snapshot.
/// </summary>
public sealed class DatasetVersions(DatasetStore store, IClock clock, IOptions<TreatyTrackerOptions> options, ILogger<DatasetVersions> log)
{
    private readonly Lock _lock = new();
    // identity -> snapshot being built or built; most recently used last.
    private readonly LinkedList<(string Identity, string Path, Lazy<Task<DatasetSnapshot>> Snapshot)> _recent = new();
    // path -> its leases and last use. This process owns the directory (one per database file), so after the first
    // look at the directory this is the whole truth about it.
    private Dictionary<string, VersionFile>? _files;
    private long _uses;

    private sealed class VersionFile
    {
        public int Leases;
        public long LastUsed;
        public bool OnDisk;
    }

    /// <summary>A snapshot held for one request; while any lease on a past version is held its file stays on disk. Dispose it when the request ends.</summary>
    public sealed class Lease : IDisposable
    {
        private DatasetVersions? _owner;
        private readonly string? _path;
        internal Lease(DatasetSnapshot snapshot, DatasetVersions? owner, string? path) => (Snapshot, _owner, _path) = (snapshot, owner, path);
        public DatasetSnapshot Snapshot { get; }
        public void Dispose() => Interlocked.Exchange(ref _owner, null)?.Release(_path!);
    }

    /// <summary>The snapshot answering at <paramref name="version"/>, leased; null asks for the current one (whose database is never deleted).</summary>
    public async Task<Lease> AcquireAsync(int? version, CancellationToken ct = default)
    {
        var current = store.Current();
        if (version is null || version == current.Version) return new Lease(current, null, null);
        var files = current.Reference.Dataset.Files;
        if (version < 1 || version > current.Version || files.All(f => f.Version != version))
            throw new UnknownDatasetVersionException(version.Value, current.Version);
        var upTo = files.Where(f => f.Version <= version).ToList();
        var identity = DatasetSnapshot.IdentityOf(upTo);
        var path = PathOf(version.Value, identity);
        Lazy<Task<DatasetSnapshot>> entry;
        lock (_lock)
        {
            var node = _recent.First;
            while (node is not null && node.Value.Identity != identity) node = node.Next;
            if (node is not null) _recent.Remove(node);
            else
            {
                Hold(path); // the build's own lease, released when the file is complete (or the build failed)
                node = new LinkedListNode<(string, string, Lazy<Task<DatasetSnapshot>>)>((identity, path,
                    new Lazy<Task<DatasetSnapshot>>(() => Task.Run(() => Build(upTo, path)))));
            }
            _recent.AddLast(node);
            while (_recent.Count > Math.Max(1, options.Value.Versions.CachedVersions)) _recent.RemoveFirst();
            entry = node.Value.Snapshot;
            Hold(path);
        }
        try
        {
            return new Lease(await entry.Value.WaitAsync(ct), this, path);
        }
        catch (Exception e)
        {
            lock (_lock)
            {
                if (e is DatasetVersionUnavailableException)
                    for (var n = _recent.First; n is not null; n = n.Next)
                        if (n.Value.Identity == identity) { _recent.Remove(n); break; }
            }
            Release(path);
            throw;
        }
    }

    /// <summary>The folder of the past versions' files: versions/NAME next to the database file NAME.db, one per database, so that replicas beside each other never delete or build each other's files.</summary>
    public string DirectoryOf()
    {
        var db = RepositoryPaths.DatabasePath(options.Value.DatabasePath);
        return Path.Combine(Path.GetDirectoryName(db)!, "versions", Path.GetFileNameWithoutExtension(db));
    }

    /// <summary>The SQLite file holding version N of these seed files.</summary>
    public string PathOf(int version, string identity) => Path.Combine(DirectoryOf(), $"treatytracker-v{version}-{identity[..16]}.db");

    private const string FilePattern = "treatytracker-v*.db";

    /// <summary>Under the lock: one more lease on the file, now its most recent use.</summary>
    private void Hold(string path)
    {
        var files = Files();
        if (!files.TryGetValue(path, out var file)) files[path] = file = new VersionFile();
        file.Leases++;
        file.LastUsed = ++_uses;
    }

    private void Release(string path, bool built = false)
    {
        lock (_lock)
        {
            var files = Files();
            if (!files.TryGetValue(path, out var file)) return;
            file.Leases--;
            if (built) file.OnDisk = true;
            if (file.Leases == 0 && !file.OnDisk && !File.Exists(path)) files.Remove(path); // a build that failed
            Evict(files);
        }
    }

    /// <summary>Under the lock: the files already in the directory at the first use, older than anything used since, in the order they were last opened.</summary>
    private Dictionary<string, VersionFile> Files()
    {
        if (_files is not null) return _files;
        _files = new(StringComparer.Ordinal);
        var dir = new DirectoryInfo(DirectoryOf());
        if (!dir.Exists) return _files;
        foreach (var f in dir.GetFiles(FilePattern).OrderBy(f => f.LastWriteTimeUtc))
            _files[f.FullName] = new VersionFile { OnDisk = true, LastUsed = ++_uses };
        return _files;
    }

    /// <summary>Under the lock: deletes the least recently used unleased files beyond the limit, never the main database.</summary>
    private void Evict(Dictionary<string, VersionFile> files)
    {
        var limit = Math.Max(1, options.Value.Versions.MaxFilesOnDisk);
        var main = RepositoryPaths.DatabasePath(options.Value.DatabasePath);
        while (files.Count(f => f.Value.OnDisk) > limit)
        {
            var (path, _) = files.Where(f => f.Value is { OnDisk: true, Leases: 0 } && f.Key != main).MinBy(f => f.Value.LastUsed);
            if (path is null) return; // every file over the limit is in use: the next release tries again
            for (var n = _recent.First; n is not null; n = n.Next)
                if (n.Value.Path == path) { _recent.Remove(n); break; }
            files.Remove(path);
            // Idle pooled connections still hold the file open: closed first, so that its space is freed.
            SqliteConnection.ClearPool(new SqliteConnection(DatabaseBuilder.ConnectionString(path, readOnly: true)));
            try
            {
                DatabaseBuilder.DeleteDatabaseFiles(path);
                log.LogInformation("Deleted {Path}, the least recently used of more than {Limit} past versions' files", path, limit);
            }
            catch (IOException e)
            {
                log.LogWarning("Could not delete {Path}: {Message}", path, e.Message);
            }
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

    /// <summary>Builds the file unless it is there, and reads it; then releases the build's own lease.</summary>
    private DatasetSnapshot Build(IReadOnlyList<DatasetFile> files, string path)
    {
        var built = false;
        try
        {
            var snapshot = Open(files, path);
            built = true;
            return snapshot;
        }
        finally
        {
            Release(path, built);
        }
    }

    // path -> the lock its build takes: a snapshot forgotten from memory while its file was being built (more than
    // Versions:CachedVersions other versions asked for meanwhile) is built again by the next request, and two builds
    // of one file at once would each delete the other's half-written file.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _builds = new(StringComparer.Ordinal);

    private DatasetSnapshot Open(IReadOnlyList<DatasetFile> files, string path)
    {
        var version = files[^1].Version;
        lock (_builds.GetOrAdd(path, _ => new object())) // a second build of the file waits for the first, then opens its file
        {
            if (File.Exists(path)) File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // its last use, for the order after a restart
            else BuildFile(files, path, version);
        }
        var connection = DatabaseBuilder.ConnectionString(path, readOnly: true);
        using var db = new TreatyDb(TreatyDb.OptionsFor(connection));
        return new DatasetSnapshot(DatasetReader.LoadReference(db, clock.GetCurrentInstant()))
        {
            OpenDatabase = () => new TreatyDb(TreatyDb.OptionsFor(connection)),
        };
    }

    private void BuildFile(IReadOnlyList<DatasetFile> files, string path, int version)
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
}
