using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record CountryFilter(CountryKind? Kind, string? Text);

public sealed class CountryFilterType : InputObjectGraphType<CountryFilter>
{
    public CountryFilterType()
    {
        Name = "CountryFilter";
        Description = "Narrows the countries list.";
        Field<DomainEnum<CountryKind>>("kind").Description("Only countries of this kind.");
        Field<StringGraphType>("text").Description("Matches code, name or an alias (case and accents ignored).");
    }
}
