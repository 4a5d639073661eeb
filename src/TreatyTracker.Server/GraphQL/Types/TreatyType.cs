using GraphQL;
using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

public sealed class TreatyType : ObjectGraphType<Treaty>
{
    public TreatyType()
    {
        Name = "Treaty";
        Description = "An arms-control treaty, its dates and rules, and who takes part.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Treaty;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Of("Treaty", c.Source.Code));
        Field<NonNullGraphType<StringGraphType>>("code").Description("Short code, e.g. APMBC.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The usual English name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("fullName").Description("The formal title.").Resolve(c => c.Source.FullName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names and acronyms (\"Ottawa Convention\", \"Mine Ban Treaty\").").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<DomainEnum<TreatyCategory>>>("category").Description("The weapons it is about.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<DomainEnum<TreatyScope>>>("scope").Description("Multilateral, plurilateral or bilateral.").Resolve(c => c.Source.Scope);
        Field<LocalDateGraphType>("adoptedOn").Description("Adoption of the text.").Resolve(c => c.Source.AdoptedOn);
        Field<LocalDateGraphType>("openedForSignatureOn").Description("Opening for signature (for a bilateral treaty: its signature).").Resolve(c => c.Source.OpenedForSignatureOn);
        Field<LocalDateGraphType>("entryIntoForceOn").Description("Null while the treaty is not in force.").Resolve(c => c.Source.EntryIntoForceOn);
        Field<LocalDateGraphType>("terminatedOn").Description("As recorded; for a bilateral treaty without one, the day a party's withdrawal took effect.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(r => r?.TerminatedOn ?? c.Source.TerminatedOn));
        Field<LocalDateGraphType>("expiredOn").Description("The day a fixed term ran out.").Resolve(c => c.Source.ExpiredOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("depositaries").Description("Who keeps the instruments (for a bilateral treaty: the parties).").Resolve(c => c.Source.Depositaries);
        Field<NonNullGraphType<WithdrawalRuleType>>("withdrawalRule").Description("How a state leaves it.").Resolve(c => c.Source.WithdrawalRule);
        Field<NonNullGraphType<EntryIntoForceRuleType>>("entryIntoForceRule").Description("When it enters into force for a state that joins late.").Resolve(c => c.Source.EntryIntoForceRule);
        Field<NonNullGraphType<CoverageType>>("coverage").Description("How complete the recorded participation is, as of which day.").Resolve(c => c.Source.Coverage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the treaty's dates and rules come from.").Resolve(c => c.Source.Sources);

        var participations = Field<NonNullGraphType<ParticipationConnectionType>>("participations")
            .Description("States with a record in this treaty, by country code; filter by status on a date.")
            .Argument<DomainEnum<ParticipationStatus>>("status", "Only states in this status on asOf.")
            .Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record =>
            {
                var asOf = c.AsOf();
                var status = c.GetArgument<ParticipationStatus?>("status");
                var list = (record?.Participations.Values ?? []).Where(p => status is null || p.StatusOn(asOf) == status)
                    .OrderBy(p => p.CountryCode, StringComparer.Ordinal).ToList();
                return Paging.Cut(list, c);
            }));
        participations.FieldType.PagingArguments();

        Field<NonNullGraphType<IntGraphType>>("partyCount")
            .Description("Parties on asOf as the depositary counts them: states whose consent to be bound stands (PARTY, WITHDRAWING, " +
                         "and CONTRACTING: consent deposited, treaty not yet in force for them). Compare inForceCount.")
            .Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record => record?.PartyCountOn(c.AsOf()) ?? 0));

        Field<NonNullGraphType<IntGraphType>>("inForceCount")
            .Description("States bound by the treaty on asOf: PARTY or WITHDRAWING (a notified withdrawal binds until it takes effect).")
            .Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record => record?.InForceCountOn(c.AsOf()) ?? 0));

        var timeline = Field<NonNullGraphType<EventConnectionType>>("timeline").Description("The treaty's milestones and every state's events, by date.")
            .Argument<TimelineFilterType>("filter", "Narrows the timeline.")
            .Resolve(c => c.Loader().Load(c.Source.Code).Then(record =>
                Paging.Cut(Timeline.Filter(record?.Timeline() ?? [], c.GetArgument<TimelineFilter?>("filter")), c)));
        timeline.FieldType.PagingArguments();

        DashboardFields.AddTo(this);
    }
}
