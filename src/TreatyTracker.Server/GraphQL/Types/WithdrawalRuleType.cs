using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class WithdrawalRuleType : ObjectGraphType<WithdrawalRule>
{
    public WithdrawalRuleType()
    {
        Name = "WithdrawalRule";
        Description = "How a state leaves the treaty.";
        Field<PeriodGraphType>("noticePeriod").Description("Notice period from receipt of the notice; null when none is recorded.").Resolve(c => c.Source.NoticePeriod);
        Field<StringGraphType>("article").Description("The article that sets the rule.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<BooleanGraphType>>("armedConflictClause").Description("True when effect is postponed while the withdrawing state is engaged in armed conflict.").Resolve(c => c.Source.ArmedConflictClause);
        Field<StringGraphType>("notes").Description("The rule in words: from what the period runs, to whom notice is given.").Resolve(c => c.Source.Notes);
    }
}
