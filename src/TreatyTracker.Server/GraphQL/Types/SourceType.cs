using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact comes from.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The page read.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("publisher").Description("Who published it.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("notification").Description("The depositary notification number, when known (e.g. C.N.421.2025.TREATIES-XXVI-5).").Resolve(c => c.Source.Notification);
        Field<StringGraphType>("states").Description("What the source states.").Resolve(c => c.Source.States);
    }
}
