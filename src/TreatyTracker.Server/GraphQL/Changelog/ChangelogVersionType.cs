using GraphQL.Types;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class ChangelogVersionType : ObjectGraphType<VersionChanges>
{
    public ChangelogVersionType()
    {
        Name = "ChangelogVersion";
        Description = "One dataset version (one seed file) and what it changed.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The dataset version.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The seed file's own date.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the version adds or changes, in the seed file's words.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("The seed file in data/.").Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("SHA-256 of the seed file.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<IntGraphType>>("added").Description("Records added.").Resolve(c => c.Source.Changes.Count(x => x.Change == RecordChangeKind.Added));
        Field<NonNullGraphType<IntGraphType>>("corrected").Description("Records corrected.").Resolve(c => c.Source.Changes.Count(x => x.Change == RecordChangeKind.Corrected));
        Field<NonNullGraphType<IntGraphType>>("retracted").Description("Records retracted.").Resolve(c => c.Source.Changes.Count(x => x.Change == RecordChangeKind.Retracted));
        ChangelogFields.Changes(this, c => c.Source.Changes);
    }
}
