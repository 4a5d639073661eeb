using NodaTime;

namespace TreatyTracker.Domain;

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
