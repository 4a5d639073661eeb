using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A state or other entity that takes part in treaties; former states carry ISO 3166-3 codes.</summary>
public sealed record Country(
    string Code,
    string? Alpha3,
    string Name,
    string? OfficialName,
    IReadOnlyList<string> Aliases,
    CountryKind Kind,
    LocalDate? DissolvedOn = null,
    IReadOnlyList<string>? Successors = null,
    string? ContinuedBy = null)
{
    public IReadOnlyList<string> SuccessorCodes => Successors ?? [];

    /// <summary>Former state code → the state continuing its treaties (SUHH → RU), for <see cref="TreatyRecord.Build"/>.</summary>
    public static IReadOnlyDictionary<string, string> ContinuatorsOf(IEnumerable<Country> countries) =>
        countries.Where(c => c.ContinuedBy is not null).ToDictionary(c => c.Code, c => c.ContinuedBy!, StringComparer.Ordinal);

    /// <summary>Every name it can be asked for by: codes, names and aliases.</summary>
    public IEnumerable<string> Names => new[] { Code, Alpha3, Name, OfficialName }.Concat(Aliases).OfType<string>();
}
