using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>The filter fields several filters share, each said once: which treaty and country (also the text of every treaty or country argument), and the timeline's narrowing.</summary>
public static class FilterFields
{
    public const string TreatyName = "Code, name or alias.";
    public const string CountryName = "Alpha-2, alpha-3, name or alias.";

    /// <summary>"treaty" and "country", each a name as any lookup takes it.</summary>
    public static void TreatyAndCountry<T>(this InputObjectGraphType<T> filter)
    {
        filter.Field<IdGraphType>("treaty").Description(TreatyName);
        filter.Field<IdGraphType>("country").Description(CountryName);
    }

    /// <summary>"kinds", "from", "to" and "derived": what <see cref="Timeline.Filter"/> reads.</summary>
    public static void TimelineNarrowing<T>(this InputObjectGraphType<T> filter)
    {
        filter.Field<ListGraphType<NonNullGraphType<DomainEnum<EventKind>>>>("kinds").Description("Only these kinds.");
        filter.Field<LocalDateGraphType>("from").Description("On or after this day.");
        filter.Field<LocalDateGraphType>("to").Description("On or before this day.");
        filter.Field<BooleanGraphType>("derived").Description("true: only computed events; false: only recorded ones.");
    }
}
