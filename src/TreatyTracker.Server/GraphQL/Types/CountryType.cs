using GraphQL;
using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

public sealed class CountryType : RecordGraphType<Country>
{
    public CountryType()
    {
        IsNode(k => k.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("successors").Description("For a former state: the states that succeeded it.")
            .Resolve(c => c.Source.SuccessorCodes.Select(s => c.Reference().CountryByCode.GetValueOrDefault(s)).OfType<Country>());
        Field<CountryType>("continuedBy").Description("The state continuing this former state's treaties (USSR → Russian Federation).")
            .Resolve(c => c.Source.ContinuedBy is { } code ? c.Reference().CountryByCode.GetValueOrDefault(code) : null);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationType>>>>("participations")
            .Description("Every treaty this country has a record in, by treaty code.")
            .Argument<DomainEnum<ParticipationStatus>>("status", "Only treaties where the country is in this status on asOf.")
            .AsOfArgument()
            .Resolve(c => c.Loader().LoadMany(c.Reference().TreatiesOf(c.Source.Code)).Then(records =>
            {
                var asOf = c.AsOf();
                var status = c.GetArgument<ParticipationStatus?>("status");
                return records.Select(r => r.For(c.Source.Code)).OfType<ParticipationRecord>()
                    .Where(p => status is null || p.StatusOn(asOf) == status).OrderBy(p => p.Treaty.Code, StringComparer.Ordinal).ToList();
            }));

        Field<ParticipationType>("participation").Description("This country's record in one treaty (code, name or alias); null, without an error, if it never took part; " +
            "null with a NOT_FOUND error if the name matches no treaty.")
            .Argument<NonNullGraphType<IdGraphType>>("treaty", FilterFields.TreatyName)
            .Resolve(c => c.TreatyArg("treaty") is { } t ? c.Loader().Load(t.Code).Then(r => r?.For(c.Source.Code)) : null);

        Field<NonNullGraphType<EventConnectionType>>("timeline").Paged().Description("This country's events in every treaty, by date.")
            .Argument<TimelineFilterType>("filter", "Narrows the timeline.")
            .Resolve(c => c.Loader().LoadMany(c.Reference().TreatiesOf(c.Source.Code)).Then(records =>
            {
                var events = records.Select(r => r.For(c.Source.Code)).OfType<ParticipationRecord>().SelectMany(p => p.Events);
                return Paging.Cut(Timeline.Filter(EventKinds.TimelineOrder(events), c.GetArgument<TimelineFilter?>("filter")), c);
            }));
    }
}
