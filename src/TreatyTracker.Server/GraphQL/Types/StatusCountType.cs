using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>How many states are in one status.</summary>
/// <param name="Status">The status.</param>
/// <param name="Count">How many states.</param>
public sealed record StatusCount(
    ParticipationStatus Status,
    int Count);

public sealed class StatusCountType : RecordGraphType<StatusCount>;
