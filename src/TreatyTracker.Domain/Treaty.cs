using NodaTime;

namespace TreatyTracker.Domain;

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
