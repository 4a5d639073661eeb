using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record WithdrawalFilter(string? Treaty, string? Country, WithdrawalStatus? Status, LocalDate? EffectiveFrom, LocalDate? EffectiveTo,
    LocalDate? NotifiedFrom, LocalDate? NotifiedTo, bool? Upcoming, LocalDate? AsOf);

public sealed class WithdrawalFilterType : InputObjectGraphType<WithdrawalFilter>
{
    public WithdrawalFilterType()
    {
        Name = "WithdrawalFilter";
        Description = "Narrows the withdrawals list; dates are inclusive. Recent withdrawals: effectiveFrom a past day and effectiveTo today.";
        this.TreatyAndCountry();
        Field<DomainEnum<WithdrawalStatus>>("status").Description("The withdrawal's stage today.");
        Field<LocalDateGraphType>("effectiveFrom").Description("Effective on or after this day.");
        Field<LocalDateGraphType>("effectiveTo").Description("Effective on or before this day.");
        Field<LocalDateGraphType>("notifiedFrom").Description("Notified on or after this day.");
        Field<LocalDateGraphType>("notifiedTo").Description("Notified on or before this day.");
        Field<BooleanGraphType>("upcoming").Description("true: notified and not yet effective on asOf (including effective dates that cannot be known); false: the others.");
        Field<LocalDateGraphType>("asOf").Description("The day 'status' and 'upcoming' refer to. Default: today on the server's clock.");
    }
}
