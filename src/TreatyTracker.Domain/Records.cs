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
    bool Derived = false,
    DateBasis DateBasis = DateBasis.Deposit)
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

    /// <summary>
    /// The legal order of acts dated the same day: the treaty's opening and entry into force first, then
    /// announcements, signature, consent, entry into force for the state, notice, effect, the rest, the treaty's end.
    /// Used by the status engine, the seed validator and every timeline.
    /// </summary>
    public static int SameDayOrder(EventKind kind) => kind switch
    {
        EventKind.TreatyAdopted or EventKind.TreatyOpenedForSignature => 0,
        EventKind.TreatyEntryIntoForce => 1,
        EventKind.DomesticStep or EventKind.WithdrawalAnnounced => 2,
        EventKind.Signature => 3,
        _ when ConsentKindOf(kind) is not null => 4,
        EventKind.EntryIntoForce => 5,
        EventKind.WithdrawalNotified => 6,
        EventKind.WithdrawalEffective => 7,
        EventKind.TreatyTerminated or EventKind.TreatyExpired => 9,
        _ => 8,
    };

    public static bool IsTreatyMilestone(EventKind kind) => kind is EventKind.TreatyAdopted
        or EventKind.TreatyOpenedForSignature or EventKind.TreatyEntryIntoForce or EventKind.TreatyTerminated
        or EventKind.TreatyExpired;
}
