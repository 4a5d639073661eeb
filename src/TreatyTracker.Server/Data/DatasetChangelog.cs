using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Data;

/// <summary>
/// The changelog of a snapshot's own seed files (see <see cref="Changelog"/>): a request answered at version N reads
/// files 1..N only. Computed once per dataset identity; the last few are kept.
/// </summary>
public sealed class DatasetChangelog(DatasetVersions versions)
{
    private const int Kept = 4;
    private readonly Lock _lock = new();
    private readonly LinkedList<(string Identity, Lazy<IReadOnlyList<VersionChanges>> Changes)> _recent = new();

    public IReadOnlyList<VersionChanges> For(DatasetSnapshot snapshot)
    {
        Lazy<IReadOnlyList<VersionChanges>> entry;
        lock (_lock)
        {
            var node = _recent.First;
            while (node is not null && node.Value.Identity != snapshot.Identity) node = node.Next;
            if (node is not null) _recent.Remove(node);
            else node = new((snapshot.Identity, new Lazy<IReadOnlyList<VersionChanges>>(() => Compute(snapshot))));
            _recent.AddLast(node);
            while (_recent.Count > Kept) _recent.RemoveFirst();
            entry = node.Value.Changes;
        }
        return entry.Value;
    }

    private IReadOnlyList<VersionChanges> Compute(DatasetSnapshot snapshot)
    {
        var problems = new List<SeedProblem>();
        var files = versions.SeedFilesOf(snapshot.Reference.Dataset.Files).Select(x => SeedParser.Parse(x.File.FileName, x.Bytes, problems)).ToList();
        if (problems.Count > 0) throw new DatasetVersionUnavailableException($"the applied seed files no longer parse: {problems[0]}");
        return Changelog.Of(files);
    }
}
