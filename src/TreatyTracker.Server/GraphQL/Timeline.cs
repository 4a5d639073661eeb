using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record TimelineFilter(List<EventKind>? Kinds, LocalDate? From, LocalDate? To, bool? Derived);

public sealed record EventFilter(string? Treaty, string? Country, List<EventKind>? Kinds, LocalDate? From, LocalDate? To, bool? Derived);

/// <summary>Events in the order people read a timeline: by date, then the legal order of acts on one day.</summary>
public static class Timeline
{
    public static List<TreatyEvent> Of(TreatyRecord? record) => record is null ? []
        : Sort(record.Milestones().Concat(record.Participations.Values.SelectMany(p => p.Events)));

    public static List<TreatyEvent> Sort(IEnumerable<TreatyEvent> events) =>
        events.DistinctBy(e => (e.TreatyCode, e.Id)).OrderBy(e => e.Day).ThenBy(e => TreatyEvent.SameDayOrder(e.Kind))
            .ThenBy(e => e.TreatyCode, StringComparer.Ordinal).ThenBy(e => e.CountryCode, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

    public static List<TreatyEvent> Filter(List<TreatyEvent> events, TimelineFilter? f) =>
        f is null ? events : events.Where(e =>
            (f.Kinds is null || f.Kinds.Count == 0 || f.Kinds.Contains(e.Kind)) &&
            (f.From is null || e.Day >= f.From) && (f.To is null || e.Day <= f.To) &&
            (f.Derived is null || e.Derived == f.Derived)).ToList();
}

public sealed class TimelineFilterType : InputObjectGraphType<TimelineFilter>
{
    public TimelineFilterType()
    {
        Name = "TimelineFilter";
        Description = "Narrows a timeline.";
        Field<ListGraphType<NonNullGraphType<EventKindType>>>("kinds").Description("Only these kinds.");
        Field<LocalDateGraphType>("from").Description("On or after this day.");
        Field<LocalDateGraphType>("to").Description("On or before this day.");
        Field<BooleanGraphType>("derived").Description("true: only computed events; false: only recorded ones.");
    }
}

public sealed class EventFilterType : InputObjectGraphType<EventFilter>
{
    public EventFilterType()
    {
        Name = "EventFilter";
        Description = "Narrows the events list.";
        Field<IdGraphType>("treaty").Description("Code, name or alias.");
        Field<IdGraphType>("country").Description("Alpha-2, alpha-3, name or alias.");
        Field<ListGraphType<NonNullGraphType<EventKindType>>>("kinds").Description("Only these kinds.");
        Field<LocalDateGraphType>("from").Description("On or after this day.");
        Field<LocalDateGraphType>("to").Description("On or before this day.");
        Field<BooleanGraphType>("derived").Description("true: only computed events; false: only recorded ones.");
    }
}

public sealed record TreatyFilter(TreatyCategory? Category, TreatyScope? Scope, string? Text);

public sealed class TreatyFilterType : InputObjectGraphType<TreatyFilter>
{
    public TreatyFilterType()
    {
        Name = "TreatyFilter";
        Description = "Narrows the treaties list.";
        Field<TreatyCategoryType>("category").Description("Only treaties of this category.");
        Field<TreatyScopeType>("scope").Description("Only treaties of this scope.");
        Field<StringGraphType>("text").Description("Matches code, name or an alias (case and accents ignored).");
    }
}

public sealed record CountryFilter(CountryKind? Kind, string? Text);

public sealed class CountryFilterType : InputObjectGraphType<CountryFilter>
{
    public CountryFilterType()
    {
        Name = "CountryFilter";
        Description = "Narrows the countries list.";
        Field<CountryKindType>("kind").Description("Only countries of this kind.");
        Field<StringGraphType>("text").Description("Matches code, name or an alias (case and accents ignored).");
    }
}

public sealed class EventEdgeType() : EdgeType<EventType, TreatyEvent>("EventEdge");
public sealed class EventConnectionType() : ConnectionType<EventType, EventEdgeType, TreatyEvent>("EventConnection");
public sealed class TreatyEdgeType() : EdgeType<TreatyType, Treaty>("TreatyEdge");
public sealed class TreatyConnectionType() : ConnectionType<TreatyType, TreatyEdgeType, Treaty>("TreatyConnection");
public sealed class CountryEdgeType() : EdgeType<CountryType, Country>("CountryEdge");
public sealed class CountryConnectionType() : ConnectionType<CountryType, CountryEdgeType, Country>("CountryConnection");
public sealed class ParticipationEdgeType() : EdgeType<ParticipationType, ParticipationRecord>("ParticipationEdge");
public sealed class ParticipationConnectionType() : ConnectionType<ParticipationType, ParticipationEdgeType, ParticipationRecord>("ParticipationConnection");
