using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

/// <summary>What changed in the dataset from one version to another, replayed from the seed files.</summary>
/// <param name="From">The first version included.</param>
/// <param name="To">The last version included.</param>
/// <param name="Versions">Each version, oldest first.</param>
public sealed record ChangelogRange(
    int From,
    int To,
    IReadOnlyList<VersionChanges> Versions);

public sealed class ChangelogType : RecordGraphType<ChangelogRange>
{
    public ChangelogType() : base("Changelog")
    {
        ChangelogFields.Changes(this, c => c.Source.Versions.SelectMany(v => v.Changes));
    }
}
