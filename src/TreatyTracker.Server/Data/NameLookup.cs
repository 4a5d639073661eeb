using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.Data;

/// <summary>
/// Treaties and countries by the name a user gave, for GraphQL and the feeds alike: no name, no selection (null); a
/// name the dataset knows, its treaty or country; any other name, a <see cref="NotFoundError"/>. "Never took part"
/// (a known treaty and a known country without a record) is not decided here: that is a null record, never an error.
/// </summary>
public static class NameLookup
{
    /// <summary>The treaty with this code, name or alias; null when no name is given (null); throws <see cref="NotFoundError"/> for an unknown one.</summary>
    public static Treaty? TreatyNamed(this ReferenceData reference, string? name, string argument) =>
        name is null ? null : reference.ResolveTreaty(name) ?? throw new NotFoundError("treaty", argument, name);

    /// <summary>The country with this alpha-2, alpha-3, name or alias; null when no name is given (null); throws <see cref="NotFoundError"/> for an unknown one.</summary>
    public static Country? CountryNamed(this ReferenceData reference, string? name, string argument) =>
        name is null ? null : reference.ResolveCountry(name) ?? throw new NotFoundError("country", argument, name);
}
