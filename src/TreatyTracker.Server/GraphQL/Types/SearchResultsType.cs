using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record SearchResults(IReadOnlyList<Treaty> Treaties, IReadOnlyList<Country> Countries);

public sealed class SearchResultsType : ObjectGraphType<SearchResults>
{
    public SearchResultsType()
    {
        Name = "SearchResults";
        Description = "Treaties and countries matching a text, best match first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TreatyType>>>>("treaties").Description("Matching treaties, best match first.").Resolve(c => c.Source.Treaties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries").Description("Matching countries, best match first.").Resolve(c => c.Source.Countries);
    }
}
