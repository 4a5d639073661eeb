using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class DatasetFileType : ObjectGraphType<DatasetFile>
{
    public DatasetFileType()
    {
        Name = "DatasetFile";
        Description = "One applied seed file (dataset version).";
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its dataset version.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("The seed file in data/.").Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("SHA-256 of the file as applied.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The file's own date: no event in it is later.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the file adds or changes.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<InstantGraphType>>("appliedAt").Description("When it was applied to this database.").Resolve(c => c.Source.AppliedAt);
    }
}
