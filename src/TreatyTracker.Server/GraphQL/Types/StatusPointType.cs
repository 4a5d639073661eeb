using System.ComponentModel;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

[Description("Counts per status on one date of a series.")]
public sealed record StatusPoint(
    [property: Description("The date of the point.")] LocalDate Date,
    [property: Description("States per status on that date (statuses with none are left out).")] IReadOnlyList<StatusCount> Counts);

public sealed class StatusPointType : RecordGraphType<StatusPoint>;
