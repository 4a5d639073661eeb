using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class EventType : RecordGraphType<TreatyEvent>
{
    public EventType() : base("Event")
    {
        IsNode(e => $"{e.TreatyCode}/{e.Id}");
        Field<NonNullGraphType<StringGraphType>>("eventId").Description("The stable id of the seed record (derived events: the record they derive from, with a ~suffix).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The date; with MONTH or YEAR precision, the first day of that period (see dateText).").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<DomainEnum<DatePrecision>>>("datePrecision").Description("DAY, or MONTH / YEAR when only that is known.").Resolve(c => c.Source.Date.Precision);
        Field<NonNullGraphType<StringGraphType>>("dateText").Description("The date as known: \"2025-06-27\", \"2025-06\" or \"2025\".").Resolve(c => c.Source.Date.ToString());
        Field<NonNullGraphType<TreatyType>>("treaty").Description("The treaty.").Resolve(c => c.Reference().TreatyByCode[c.Source.TreatyCode]);
        Field<CountryType>("country").Description("Null for the treaty's own milestones.").Resolve(c => c.Source.CountryCode is { } code ? c.Reference().CountryByCode.GetValueOrDefault(code) : null);
    }
}
