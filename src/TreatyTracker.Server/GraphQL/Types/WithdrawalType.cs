using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class WithdrawalType : RecordGraphType<Withdrawal>
{
    public WithdrawalType()
    {
        Field<NonNullGraphType<DomainEnum<WithdrawalStatus>>>("status").Description("Its stage on asOf.").Argument<LocalDateGraphType>("asOf", "Default: today.")
            .Resolve(c => c.Source.StatusOn(c.AsOf()));
        Field<StringGraphType>("announced").Description("The announcement date as known: \"2025-03-18\", \"2025-03\" or \"2025\".").Resolve(c => c.Source.Announced?.ToString());
    }
}
