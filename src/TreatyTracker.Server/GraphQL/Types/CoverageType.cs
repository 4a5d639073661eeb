using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class CoverageType : ObjectGraphType<Coverage>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "How complete the recorded participation is.";
        Field<NonNullGraphType<DomainEnum<CoverageLevel>>>("level").Description("COMPLETE or PARTIAL.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<LocalDateGraphType>>("asOf").Description("The day up to which the record is checked.").Resolve(c => c.Source.AsOf);
        Field<StringGraphType>("note").Description("What is covered and what is missing.").Resolve(c => c.Source.Note);
        Field<IntGraphType>("parties").Description("The depositary's count of parties on asOf, when known; the dataset is checked against it.").Resolve(c => c.Source.Parties);
    }
}
