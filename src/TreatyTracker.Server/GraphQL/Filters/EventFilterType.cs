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
        Field<IdGraphType>("treaty").Description("Code, name or alias.");
        Field<IdGraphType>("country").Description("Alpha-2, alpha-3, name or alias.");
        Field<ListGraphType<NonNullGraphType<DomainEnum<EventKind>>>>("kinds").Description("Only these kinds.");
        Field<LocalDateGraphType>("from").Description("On or after this day.");
        Field<LocalDateGraphType>("to").Description("On or before this day.");
        Field<BooleanGraphType>("derived").Description("true: only computed events; false: only recorded ones.");
    }
}
