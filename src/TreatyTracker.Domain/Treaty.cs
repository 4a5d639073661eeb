using System.ComponentModel;
using NodaTime;

namespace TreatyTracker.Domain;

[Description("An arms-control treaty, its dates and rules, and who takes part.")]
public sealed record Treaty(
    [property: Description("Short code, e.g. APMBC.")] string Code,
    [property: Description("The usual English name.")] string Name,
    [property: Description("The formal title.")] string FullName,
    [property: Description("Other names and acronyms (\"Ottawa Convention\", \"Mine Ban Treaty\").")] IReadOnlyList<string> Aliases,
    [property: Description("The weapons it is about.")] TreatyCategory Category,
    [property: Description("Multilateral, plurilateral or bilateral.")] TreatyScope Scope,
    [property: Description("Adoption of the text.")] LocalDate? AdoptedOn,
    [property: Description("Opening for signature (for a bilateral treaty: its signature).")] LocalDate? OpenedForSignatureOn,
    [property: Description("Null while the treaty is not in force.")] LocalDate? EntryIntoForceOn,
    LocalDate? TerminatedOn,
    [property: Description("The day a fixed term ran out.")] LocalDate? ExpiredOn,
    [property: Description("Who keeps the instruments (for a bilateral treaty: the parties).")] IReadOnlyList<string> Depositaries,
    [property: Description("When it enters into force for a state that joins late.")] EntryIntoForceRule EntryIntoForceRule,
    [property: Description("How a state leaves it.")] WithdrawalRule WithdrawalRule,
    [property: Description("How complete the recorded participation is, as of which day.")] Coverage Coverage,
    [property: Description("Where the treaty's dates and rules come from.")] IReadOnlyList<Source> Sources)
{
    /// <summary>Every name it can be asked for by: code, names and aliases.</summary>
    public IEnumerable<string> Names => new[] { Code, Name, FullName }.Concat(Aliases);

    /// <summary>The day the treaty stopped binding anyone (termination or expiry), if it did.</summary>
    public LocalDate? EndedOn => (TerminatedOn, ExpiredOn) switch
    {
        ({ } t, { } e) => t <= e ? t : e,
        ({ } t, null) => t,
        (null, { } e) => e,
        _ => null,
    };
}
