using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class DatasetType : ObjectGraphType<DatasetInfo>
{
    public DatasetType()
    {
        Name = "Dataset";
        Description = "The dataset version answering this request.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The newest applied dataset version.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the newest seed file added or changed.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The date of the newest seed file.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<InstantGraphType>>("loadedAt").Description("When this server loaded the version.").Resolve(c => c.Source.LoadedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetFileType>>>>("files").Description("Every applied seed file, oldest first.").Resolve(c => c.Source.Files);
    }
}
