using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record TimelineFilter(List<EventKind>? Kinds, LocalDate? From, LocalDate? To, bool? Derived);

public sealed class TimelineFilterType : InputObjectGraphType<TimelineFilter>
{
    public TimelineFilterType()
    {
        Name = "TimelineFilter";
        Description = "Narrows a timeline.";
        this.TimelineNarrowing();
    }
}
