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
            .Argument<DomainEnum<ParticipationStatus>>("status", "Only states in this status on asOf.")
            .AsOfArgument()
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record =>
            {
                var asOf = c.AsOf();
                var status = c.GetArgument<ParticipationStatus?>("status");
                var list = (record?.Participations.Values ?? []).Where(p => status is null || p.StatusOn(asOf) == status)
                    .OrderBy(p => p.CountryCode, StringComparer.Ordinal).ToList();
                return Paging.Cut(list, c);
            }));

        Field<NonNullGraphType<IntGraphType>>("partyCount")
            .Description("Parties on asOf as the depositary counts them: states whose consent to be bound stands (PARTY, WITHDRAWING, " +
                         "and CONTRACTING: consent deposited, treaty not yet in force for them). Compare inForceCount.")
            .AsOfArgument()
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record => record?.PartyCountOn(c.AsOf()) ?? 0));

        Field<NonNullGraphType<IntGraphType>>("inForceCount")
            .Description("States bound by the treaty on asOf: PARTY or WITHDRAWING (a notified withdrawal binds until it takes effect).")
            .AsOfArgument()
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record => record?.InForceCountOn(c.AsOf()) ?? 0));

        Field<NonNullGraphType<EventConnectionType>>("timeline").Paged().Description("The treaty's milestones and every state's events, by date.")
            .Argument<TimelineFilterType>("filter", "Narrows the timeline.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record =>
                Paging.Cut(Timeline.Filter(record?.Timeline() ?? [], c.GetArgument<TimelineFilter?>("filter")), c)));

        DashboardFields.AddTo(this);
    }
}
