using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>An arms-control treaty, its dates and rules, and who takes part.</summary>
/// <param name="Code">Short code, e.g. APMBC.</param>
/// <param name="Name">The usual English name.</param>
/// <param name="FullName">The formal title.</param>
/// <param name="Aliases">Other names and acronyms ("Ottawa Convention", "Mine Ban Treaty").</param>
/// <param name="Category">The weapons it is about.</param>
/// <param name="Scope">Multilateral, plurilateral or bilateral.</param>
/// <param name="AdoptedOn">Adoption of the text.</param>
/// <param name="OpenedForSignatureOn">Opening for signature (for a bilateral treaty: its signature).</param>
/// <param name="EntryIntoForceOn">Null while the treaty is not in force.</param>
/// <param name="ExpiredOn">The day a fixed term ran out.</param>
/// <param name="Depositaries">Who keeps the instruments (for a bilateral treaty: the parties).</param>
/// <param name="EntryIntoForceRule">When it enters into force for a state that joins late.</param>
/// <param name="WithdrawalRule">How a state leaves it.</param>
/// <param name="Coverage">How complete the recorded participation is, as of which day.</param>
/// <param name="Sources">Where the treaty's dates and rules come from.</param>
public sealed record Treaty(
    string Code,
    string Name,
    string FullName,
    IReadOnlyList<string> Aliases,
    TreatyCategory Category,
    TreatyScope Scope,
    LocalDate? AdoptedOn,
    LocalDate? OpenedForSignatureOn,
    LocalDate? EntryIntoForceOn,
    LocalDate? TerminatedOn,
    LocalDate? ExpiredOn,
    IReadOnlyList<string> Depositaries,
    EntryIntoForceRule EntryIntoForceRule,
    WithdrawalRule WithdrawalRule,
    Coverage Coverage,
    IReadOnlyList<Source> Sources)
{
    // Every name it can be asked for by: code, names and aliases. A plain comment: a doc summary would make it a GraphQL field.
    public IEnumerable<string> Names => new[] { Code, Name, FullName }.Concat(Aliases);

    // The day the treaty stopped binding anyone (termination or expiry), if it did. A plain comment: a doc summary would make it a GraphQL field.
    public LocalDate? EndedOn => (TerminatedOn, ExpiredOn) switch
    {
        ({ } t, { } e) => t <= e ? t : e,
        ({ } t, null) => t,
        (null, { } e) => e,
        _ => null,
    };
}
