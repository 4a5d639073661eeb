using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Counts per status on one date of a series.</summary>
/// <param name="Date">The date of the point.</param>
/// <param name="Counts">States per status on that date (statuses with none are left out).</param>
public sealed record StatusPoint(
    LocalDate Date,
    IReadOnlyList<StatusCount> Counts);

public sealed class StatusPointType : RecordGraphType<StatusPoint>;
