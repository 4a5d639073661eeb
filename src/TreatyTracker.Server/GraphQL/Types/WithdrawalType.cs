using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class WithdrawalType : ObjectGraphType<Withdrawal>
{
    public WithdrawalType()
    {
        Name = "Withdrawal";
        Description = "A withdrawal process, its three stages kept apart: announced, notified (received by the depositary), effective.";
        Field<NonNullGraphType<DomainEnum<WithdrawalStatus>>>("status").Description("Its stage on asOf.").Argument<LocalDateGraphType>("asOf", "Default: today.")
            .Resolve(c => c.Source.StatusOn(c.AsOf()));
        Field<LocalDateGraphType>("announcedOn").Description("The announcement day; null when none or when known only to the month or year (see announced).").Resolve(c => c.Source.AnnouncedOn);
        Field<StringGraphType>("announced").Description("The announcement date as known: \"2025-03-18\", \"2025-03\" or \"2025\".").Resolve(c => c.Source.Announced?.ToString());
        Field<LocalDateGraphType>("notifiedOn").Description("The day the depositary (or, for a bilateral treaty, the other party) received the notice.").Resolve(c => c.Source.NotifiedOn);
        Field<LocalDateGraphType>("effectiveOn").Description("The first day the state is no longer bound; null when it cannot be known (basis says why).").Resolve(c => c.Source.EffectiveOn);
        Field<NonNullGraphType<BooleanGraphType>>("effectiveOnConfirmed").Description("True: a source confirms effectiveOn; false: computed from the treaty's rule.").Resolve(c => c.Source.EffectiveOnConfirmed);
        Field<LocalDateGraphType>("periodEndsOn").Description("The end of the notice period, even when an armed conflict postpones the effect.").Resolve(c => c.Source.PeriodEndsOn);
        Field<NonNullGraphType<BooleanGraphType>>("postponedByArmedConflict").Description("True when the armed-conflict clause leaves the effective date unknown.").Resolve(c => c.Source.PostponedByArmedConflict);
        Field<LocalDateGraphType>("rescindedOn").Description("The day the withdrawal was taken back, if it was.").Resolve(c => c.Source.RescindedOn);
        Field<NonNullGraphType<StringGraphType>>("basis").Description("The rule and article behind effectiveOn, or why it is null.").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("events").Description("The recorded and derived events of this withdrawal.").Resolve(c => c.Source.Events);
    }
}
