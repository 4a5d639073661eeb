using GraphQL;
using GraphQL.DataLoader;
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
            .StatusArgument("Only treaties where the country is in this status on asOf.")
            .Resolve(c => Participations(c).Then(list => c.InStatus(list).OrderBy(p => p.Treaty.Code, StringComparer.Ordinal).ToList()));

        Field<ParticipationType>("participation").Description("This country's record in one treaty (code, name or alias); null, without an error, if it never took part; " +
            "null with a NOT_FOUND error if the name matches no treaty.")
            .Argument<NonNullGraphType<IdGraphType>>("treaty", FilterFields.TreatyName)
            .Resolve(c => c.TreatyArg("treaty") is { } t ? c.Loader().Load(t.Code).Then(r => r?.For(c.Source.Code)) : null);

        this.TimelineField("This country's events in every treaty, by date.",
            c => Participations(c).Then(list => (IReadOnlyList<TreatyEvent>)EventKinds.TimelineOrder(list.SelectMany(p => p.Events))));
    }

    /// <summary>The country's record in each treaty it (or the state it continues) has events in.</summary>
    private static IDataLoaderResult<IEnumerable<ParticipationRecord>> Participations(IResolveFieldContext<Country> c) =>
        c.Loader().LoadMany(c.Reference().TreatiesOf(c.Source.Code)).Then(records => records.Select(r => r.For(c.Source.Code)).OfType<ParticipationRecord>());
}
