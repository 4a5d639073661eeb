using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class EntryIntoForceRuleType : RecordGraphType<EntryIntoForceRule>
{
    public EntryIntoForceRuleType()
    {
        Field<NonNullGraphType<StringGraphType>>("description").Description("The rule in words, e.g. \"on the first day of the sixth month after deposit\".").Resolve(c => c.Source.Describe());
    }
}
