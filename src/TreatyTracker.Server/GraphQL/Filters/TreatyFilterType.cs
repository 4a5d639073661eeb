using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record TreatyFilter(TreatyCategory? Category, TreatyScope? Scope, string? Text);

public sealed class TreatyFilterType : InputObjectGraphType<TreatyFilter>
{
    public TreatyFilterType()
    {
        Name = "TreatyFilter";
        Description = "Narrows the treaties list.";
        Field<DomainEnum<TreatyCategory>>("category").Description("Only treaties of this category.");
        Field<DomainEnum<TreatyScope>>("scope").Description("Only treaties of this scope.");
        Field<StringGraphType>("text").Description("Matches code, name or an alias (case and accents ignored).");
    }
}
