using GraphQL;
using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

public sealed class TreatyType : RecordGraphType<Treaty>
{
    public TreatyType()
    {
        IsNode(t => t.Code);
        Field<LocalDateGraphType>("terminatedOn").Description("As recorded; for a bilateral treaty without one, the day a party's withdrawal took effect.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(r => r?.TerminatedOn ?? c.Source.TerminatedOn));

        Field<NonNullGraphType<ParticipationConnectionType>>("participations").Paged()
            .Description("States with a record in this treaty, by country code; filter by status on a date.")
            .StatusArgument("Only states in this status on asOf.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record =>
                Paging.Cut(c.InStatus(record?.Participations.Values ?? []).OrderBy(p => p.CountryCode, StringComparer.Ordinal).ToList(), c)));

        Field<NonNullGraphType<IntGraphType>>("partyCount")
            .Description("Parties on asOf as the depositary counts them: states whose consent to be bound stands (PARTY, WITHDRAWING, " +
                         "and CONTRACTING: consent deposited, treaty not yet in force for them). Compare inForceCount.")
            .AsOfArgument()
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record => record?.PartyCountOn(c.AsOf()) ?? 0));

        Field<NonNullGraphType<IntGraphType>>("inForceCount")
            .Description("States bound by the treaty on asOf: PARTY or WITHDRAWING (a notified withdrawal binds until it takes effect).")
            .AsOfArgument()
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record => record?.InForceCountOn(c.AsOf()) ?? 0));

        this.TimelineField("The treaty's milestones and every state's events, by date.",
            c => c.Loader().Load(c.Source.Code).Then(record => record?.Timeline() ?? []));

        DashboardFields.AddTo(this);
    }
}
