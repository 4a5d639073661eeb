using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A state or other entity taking part in treaties; former states carry ISO 3166-3 codes.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 (ISO 3166-3 for former states).</param>
/// <param name="Alpha3">ISO 3166-1 alpha-3 code (null for some former states).</param>
/// <param name="Name">Short name as used by the United Nations.</param>
/// <param name="OfficialName">Formal name.</param>
/// <param name="Aliases">Other names it is known by: former names (Swaziland, Turkey), short forms, English variants.</param>
/// <param name="Kind">UN member, observer state, other entity, or former state.</param>
/// <param name="DissolvedOn">For a former state: the day it ceased to exist.</param>
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

    // Every name it can be asked for by: codes, names and aliases. A plain comment: a doc summary would make it a GraphQL field.
    public IEnumerable<string> Names => new[] { Code, Alpha3, Name, OfficialName }.Concat(Aliases).OfType<string>();
}
