using System.ComponentModel;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

[Description("How many states are in one status.")]
public sealed record StatusCount(
    [property: Description("The status.")] ParticipationStatus Status,
    [property: Description("How many states.")] int Count);

public sealed class StatusCountType : RecordGraphType<StatusCount>;
