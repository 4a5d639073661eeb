using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Data;

/// <summary>
/// The changelog of the applied seed files (see <see cref="Changelog"/>), computed once per dataset identity. A
/// request answered at a past version sees the versions up to it.
/// </summary>
public sealed class DatasetChangelog(DatasetStore store, DatasetVersions versions)
{
    private (string Identity, IReadOnlyList<VersionChanges> Versions)? _cached;
    private readonly Lock _lock = new();

    public IReadOnlyList<VersionChanges> For(DatasetSnapshot snapshot)
    {
        var current = store.Current();
        var all = Of(current);
        if (snapshot.Version >= current.Version) return all;
        return all.Where(v => v.Version <= snapshot.Version).ToList();
    }

    private IReadOnlyList<VersionChanges> Of(DatasetSnapshot current)
    {
        lock (_lock)
        {
            if (_cached is { } c && c.Identity == current.Identity) return c.Versions;
            var problems = new List<SeedProblem>();
            var files = versions.SeedFilesOf(current.Reference.Dataset.Files).Select(x => SeedParser.Parse(x.File.FileName, x.Bytes, problems)).ToList();
            if (problems.Count > 0) throw new DatasetVersionUnavailableException($"the applied seed files no longer parse: {problems[0]}");
            var result = Changelog.Of(files);
            _cached = (current.Identity, result);
            return result;
        }
    }
}
