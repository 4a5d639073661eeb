using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class EntryIntoForceRuleType : ObjectGraphType<EntryIntoForceRule>
{
    public EntryIntoForceRuleType()
    {
        Name = "EntryIntoForceRule";
        Description = "When the treaty enters into force for a state that deposits after it entered into force.";
        Field<NonNullGraphType<DomainEnum<EntryIntoForceRuleKind>>>("kind").Description("The kind of rule.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("n").Description("The N of the rule (days or months); 0 where unused.").Resolve(c => c.Source.N);
        Field<StringGraphType>("article").Description("The article that sets the rule.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The rule in words, e.g. \"on the first day of the sixth month after deposit\".").Resolve(c => c.Source.Describe());
    }
}
