using System.ComponentModel;
using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A state or other entity that takes part in treaties; former states carry ISO 3166-3 codes.</summary>
[Description("A state or other entity taking part in treaties; former states carry ISO 3166-3 codes.")]
public sealed record Country(
    [property: Description("ISO 3166-1 alpha-2 (ISO 3166-3 for former states).")] string Code,
    [property: Description("ISO 3166-1 alpha-3 code (null for some former states).")] string? Alpha3,
    [property: Description("Short name as used by the United Nations.")] string Name,
    [property: Description("Formal name.")] string? OfficialName,
    [property: Description("Other names it is known by: former names (Swaziland, Turkey), short forms, English variants.")] IReadOnlyList<string> Aliases,
    [property: Description("UN member, observer state, other entity, or former state.")] CountryKind Kind,
    [property: Description("For a former state: the day it ceased to exist.")] LocalDate? DissolvedOn = null,
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
