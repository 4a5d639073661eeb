using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Treaties and countries matching a text, best match first.</summary>
/// <param name="Treaties">Matching treaties, best match first.</param>
/// <param name="Countries">Matching countries, best match first.</param>
public sealed record SearchResults(
    IReadOnlyList<Treaty> Treaties,
    IReadOnlyList<Country> Countries);

public sealed class SearchResultsType : RecordGraphType<SearchResults>;
