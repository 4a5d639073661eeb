using GraphQL.Types;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Description = "One field of a corrected record, before and after.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field as in the seed files, nested fields with dots: \"date\", \"coverage.note\".").Resolve(c => c.Source.Field);
        Field<StringGraphType>("before").Description("Its value before the correction; null when it had none. Lists of names are joined with \", \", other lists are JSON.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("Its value after the correction; null when it has none.").Resolve(c => c.Source.After);
    }
}
