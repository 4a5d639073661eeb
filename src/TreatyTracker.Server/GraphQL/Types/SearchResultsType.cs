using System.ComponentModel;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

[Description("Treaties and countries matching a text, best match first.")]
public sealed record SearchResults(
    [property: Description("Matching treaties, best match first.")] IReadOnlyList<Treaty> Treaties,
    [property: Description("Matching countries, best match first.")] IReadOnlyList<Country> Countries);

public sealed class SearchResultsType : RecordGraphType<SearchResults>;
