using System.ComponentModel;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

/// <summary>The versions from..to of the changelog.</summary>
[Description("What changed in the dataset from one version to another, replayed from the seed files.")]
public sealed record ChangelogRange(
    [property: Description("The first version included.")] int From,
    [property: Description("The last version included.")] int To,
    [property: Description("Each version, oldest first.")] IReadOnlyList<VersionChanges> Versions);

public sealed class ChangelogType : RecordGraphType<ChangelogRange>
{
    public ChangelogType() : base("Changelog")
    {
        ChangelogFields.Changes(this, c => c.Source.Versions.SelectMany(v => v.Changes));
    }
}
