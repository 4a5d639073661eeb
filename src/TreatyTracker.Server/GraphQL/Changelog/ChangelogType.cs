using GraphQL.Types;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

/// <summary>The versions from..to of the changelog.</summary>
public sealed record ChangelogRange(int From, int To, IReadOnlyList<VersionChanges> Versions);

public sealed class ChangelogType : ObjectGraphType<ChangelogRange>
{
    public ChangelogType()
    {
        Name = "Changelog";
        Description = "What changed in the dataset from one version to another, replayed from the seed files.";
        Field<NonNullGraphType<IntGraphType>>("from").Description("The first version included.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<IntGraphType>>("to").Description("The last version included.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangelogVersionType>>>>("versions").Description("Each version, oldest first.").Resolve(c => c.Source.Versions);
        ChangelogFields.Changes(this, c => c.Source.Versions.SelectMany(v => v.Changes));
    }
}
