using GraphQL.Types;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class ChangelogVersionType : RecordGraphType<VersionChanges>
{
    public ChangelogVersionType() : base("ChangelogVersion")
    {
        Field<NonNullGraphType<IntGraphType>>("added").Description("Records added.").Resolve(c => c.Source.Changes.Count(x => x.Change == RecordChangeKind.Added));
        Field<NonNullGraphType<IntGraphType>>("corrected").Description("Records corrected.").Resolve(c => c.Source.Changes.Count(x => x.Change == RecordChangeKind.Corrected));
        Field<NonNullGraphType<IntGraphType>>("retracted").Description("Records retracted.").Resolve(c => c.Source.Changes.Count(x => x.Change == RecordChangeKind.Retracted));
        ChangelogFields.Changes(this, c => c.Source.Changes);
    }
}
