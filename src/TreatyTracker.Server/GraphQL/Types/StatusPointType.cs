using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record StatusPoint(LocalDate Date, IReadOnlyList<StatusCount> Counts);

public sealed class StatusPointType : ObjectGraphType<StatusPoint>
{
    public StatusPointType()
    {
        Name = "StatusPoint";
        Description = "Counts per status on one date of a series.";
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The date of the point.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("counts").Description("States per status on that date (statuses with none are left out).").Resolve(c => c.Source.Counts);
    }
}
