namespace TreatyTracker.Server.GraphQL;

/// <summary>One page of a list, Relay-style. Cursors are opaque offsets into a stable ordering of the dataset version.</summary>
public sealed record Page<T>(IReadOnlyList<(string Cursor, T Node)> Edges, int TotalCount, bool HasPreviousPage, bool HasNextPage);
