using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class EventType : ObjectGraphType<TreatyEvent>
{
    public EventType()
    {
        Name = "Event";
        Description = "A recorded or derived act of a state (or a treaty milestone), with its sources.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is TreatyEvent;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Of("Event", $"{c.Source.TreatyCode}/{c.Source.Id}"));
        Field<NonNullGraphType<StringGraphType>>("eventId").Description("The stable id of the seed record (derived events: the record they derive from, with a ~suffix).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DomainEnum<EventKind>>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The date; with MONTH or YEAR precision, the first day of that period (see dateText).").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<DomainEnum<DatePrecision>>>("datePrecision").Description("DAY, or MONTH / YEAR when only that is known.").Resolve(c => c.Source.Date.Precision);
        Field<NonNullGraphType<DomainEnum<DateBasis>>>("dateBasis").Description("Which day the date is: the depositary's (DEPOSIT), or, when no source gives that, the best-sourced day (derived events: the basis of the act they derive from).").Resolve(c => c.Source.DateBasis);
        Field<NonNullGraphType<StringGraphType>>("dateText").Description("The date as known: \"2025-06-27\", \"2025-06\" or \"2025\".").Resolve(c => c.Source.Date.ToString());
        Field<NonNullGraphType<TreatyType>>("treaty").Description("The treaty.").Resolve(c => c.Reference().TreatyByCode[c.Source.TreatyCode]);
        Field<CountryType>("country").Description("Null for the treaty's own milestones.").Resolve(c => c.Source.CountryCode is { } code ? c.Reference().CountryByCode.GetValueOrDefault(code) : null);
        Field<NonNullGraphType<BooleanGraphType>>("derived").Description("True when computed from the treaty's rule rather than recorded.").Resolve(c => c.Source.Derived);
        Field<StringGraphType>("depositary").Description("Who recorded the act (UN, a depositary government, or for a bilateral treaty the other party).").Resolve(c => c.Source.Depositary);
        Field<StringGraphType>("note").Description("Context, and where sources disagree, both versions.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the date comes from (derived events: the sources of the act they derive from).").Resolve(c => c.Source.Sources);
    }
}
