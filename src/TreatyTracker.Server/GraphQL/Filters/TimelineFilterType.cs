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
        Field<ListGraphType<NonNullGraphType<DomainEnum<EventKind>>>>("kinds").Description("Only these kinds.");
        Field<LocalDateGraphType>("from").Description("On or after this day.");
        Field<LocalDateGraphType>("to").Description("On or before this day.");
        Field<BooleanGraphType>("derived").Description("true: only computed events; false: only recorded ones.");
    }
}
