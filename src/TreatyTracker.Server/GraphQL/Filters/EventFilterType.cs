using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record EventFilter(string? Treaty, string? Country, List<EventKind>? Kinds, LocalDate? From, LocalDate? To, bool? Derived);

public sealed class EventFilterType : InputObjectGraphType<EventFilter>
{
    public EventFilterType()
    {
        Name = "EventFilter";
        Description = "Narrows the events list.";
        this.TreatyAndCountry();
        this.TimelineNarrowing();
    }
}
