using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>Where a fact comes from: the page read, who published it and, for depositary acts, the notification number.</summary>
public sealed record Source(string Url, string Publisher, string? Notification = null, string? States = null);

/// <summary>How complete the recorded participation of a treaty is, and as of which day.</summary>
/// <remarks><see cref="Parties"/> is the depositary's own count of parties on <see cref="AsOf"/>, when known: the data is checked against it.</remarks>
public sealed record Coverage(CoverageLevel Level, LocalDate AsOf, string? Note = null, int? Parties = null);

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

    /// <summary>Every name it can be asked for by: codes, names and aliases.</summary>
    public IEnumerable<string> Names => new[] { Code, Alpha3, Name, OfficialName }.Concat(Aliases).OfType<string>();
}

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

/// <summary>One recorded (or derived) act of a state towards a treaty.</summary>
public sealed record TreatyEvent(
    string Id,
    string TreatyCode,
    string? CountryCode,
    EventKind Kind,
    PartialDate Date,
    IReadOnlyList<Source> Sources,
    string? Depositary = null,
    string? Note = null,
    bool EngagedInArmedConflict = false,
    bool Derived = false)
{
    public LocalDate Day => Date.Date;

    public static ConsentKind? ConsentKindOf(EventKind kind) => kind switch
    {
        EventKind.Ratification => ConsentKind.Ratification,
        EventKind.Acceptance => ConsentKind.Acceptance,
        EventKind.Approval => ConsentKind.Approval,
        EventKind.Accession => ConsentKind.Accession,
        EventKind.Succession => ConsentKind.Succession,
        EventKind.DefinitiveSignature => ConsentKind.DefinitiveSignature,
        _ => null,
    };

    /// <summary>Kinds that change a state's legal position and so must be dated to the day.</summary>
    public static bool ChangesStatus(EventKind kind) =>
        kind is not (EventKind.WithdrawalAnnounced or EventKind.DomesticStep);

    public static bool IsTreatyMilestone(EventKind kind) => kind is EventKind.TreatyAdopted
        or EventKind.TreatyOpenedForSignature or EventKind.TreatyEntryIntoForce or EventKind.TreatyTerminated
        or EventKind.TreatyExpired;
}
