using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.Data;

/// <summary>
/// The changelog of a snapshot's own seed files (see <see cref="Changelog"/>): a request answered at version N reads
/// files 1..N only. Computed once per dataset identity on a shared task, outside any request: the GraphQL endpoint
/// awaits it before execution starts, so the execution timeout never counts its first build (see
/// <see cref="Http.DocumentScan.AsksForChangelog"/>). A past version whose files begin the current snapshot's list
/// takes the current changelog's first N versions instead of parsing again (a version's changes depend only on the
/// files up to it). The last few are kept (TreatyTracker:Changelog:CachedDatasets); a failed computation is not kept,
/// so the next request tries again.
/// </summary>
public sealed class DatasetChangelog(DatasetVersions versions, DatasetStore store, IOptions<TreatyTrackerOptions> options, ILogger<DatasetChangelog> log)
{
    private readonly Lock _lock = new();
    // identity -> changelog being computed or computed; most recently used last.
    private readonly LinkedList<(string Identity, Task<IReadOnlyList<VersionChanges>> Changes)> _recent = new();

    /// <summary>The changelog of <paramref name="snapshot"/>; cancelling stops the wait, not the shared computation.</summary>
    public Task<IReadOnlyList<VersionChanges>> ForAsync(DatasetSnapshot snapshot, CancellationToken ct = default) => Entry(snapshot).WaitAsync(ct);

    private Task<IReadOnlyList<VersionChanges>> Entry(DatasetSnapshot snapshot)
    {
        var current = store.Current();
        var files = snapshot.Reference.Dataset.Files;
        // Taken before the lock: the current snapshot's entry, when this one is a prefix of it.
        var basis = snapshot.Identity != current.Identity && files.Count < current.Reference.Dataset.Files.Count &&
                    DatasetSnapshot.IdentityOf(current.Reference.Dataset.Files.Take(files.Count)) == snapshot.Identity ? Entry(current) : null;
        lock (_lock)
        {
            var node = _recent.First;
            while (node is not null && node.Value.Identity != snapshot.Identity) node = node.Next;
            if (node is not null) _recent.Remove(node);
            else
            {
                // The node first: the computation removes exactly this node when it fails.
                var entry = new LinkedListNode<(string, Task<IReadOnlyList<VersionChanges>>)>((snapshot.Identity, null!));
                entry.Value = (snapshot.Identity, Guarded(entry, basis is null ? Task.Run(() => Compute(snapshot)) : Prefix(basis, snapshot.Version)));
                node = entry;
            }
            _recent.AddLast(node);
            while (_recent.Count > Math.Max(1, options.Value.Changelog.CachedDatasets)) _recent.RemoveFirst();
            return node.Value.Changes;
        }
    }

    private static async Task<IReadOnlyList<VersionChanges>> Prefix(Task<IReadOnlyList<VersionChanges>> basis, int version) =>
        (await basis).Where(v => v.Version <= version).ToList();

    /// <summary>
    /// A failed computation leaves the cache before anyone sees it fail, so that the next request tries again (a seed
    /// file restored, a disk back).
    /// </summary>
    private async Task<IReadOnlyList<VersionChanges>> Guarded(LinkedListNode<(string Identity, Task<IReadOnlyList<VersionChanges>> Changes)> entry,
        Task<IReadOnlyList<VersionChanges>> computation)
    {
        try
        {
            return await computation.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            log.LogError("The changelog of dataset {Identity} could not be computed ({Message}); the next request tries again", entry.Value.Identity, e.Message);
            lock (_lock)
            {
                if (entry.List == _recent) _recent.Remove(entry);
            }
            throw;
        }
    }

    private IReadOnlyList<VersionChanges> Compute(DatasetSnapshot snapshot)
    {
        var problems = new List<SeedProblem>();
        var files = versions.SeedFilesOf(snapshot.Reference.Dataset.Files).Select(x => SeedParser.Parse(x.File.FileName, x.Bytes, problems)).ToList();
        if (problems.Count > 0) throw new DatasetVersionUnavailableException($"the applied seed files no longer parse: {problems[0]}");
        return Changelog.Of(files);
    }
}

/// <summary>Computes the current dataset's changelog in the background at start, so that the first changelog request finds it ready.</summary>
public sealed class ChangelogWarmup(DatasetChangelog changelog, DatasetStore store, IOptions<TreatyTrackerOptions> options, ILogger<ChangelogWarmup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Changelog.WarmOnStart) return;
        await Task.Yield(); // never delay the host's start
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var versions = await changelog.ForAsync(store.Current(), stoppingToken);
            log.LogInformation("Changelog of dataset versions 1 to {Version} computed in {Seconds:F1} s", versions.Count == 0 ? 0 : versions[^1].Version, started.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e)
        {
            // Never stops the host: the first request that asks for the changelog tries again.
            log.LogWarning("The changelog was not computed at start ({Message}); the first request that asks for it computes it", e.Message);
        }
    }
}
