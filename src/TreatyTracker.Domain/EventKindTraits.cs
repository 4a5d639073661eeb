namespace TreatyTracker.Domain;

/// <summary>Which step of a withdrawal process an event kind is.</summary>
public enum WithdrawalStep { None, Announces, Notifies, TakesEffect, Rescinds }

/// <summary>
/// What one kind of event means. The status engine (<see cref="ParticipationReplay"/>), the withdrawal builder, the seed
/// validator and every timeline read these rows and nothing else, so adding an event kind is one <see cref="EventKind"/>
/// member, one row in <see cref="EventKinds"/> and at most one case in the replay.
/// </summary>
/// <param name="Consent">How the act consents to be bound; null when it does not.</param>
/// <param name="Signs">It is a signature (the first one is the state's signedOn).</param>
/// <param name="UndoesConsent">It ends the state's consent (the withdrawal's effect, a revoked ratification).</param>
/// <param name="Withdrawal">The withdrawal step it is, if any.</param>
/// <param name="ChangesStatus">It can change the legal status, so it must be dated to the day (announcements and domestic steps need not be).</param>
/// <param name="TreatyMilestone">The treaty's own milestone, not a state's act (never in a seed file's events).</param>
/// <param name="SameDayOrder">Its place among acts dated the same day (lower first); ties are broken by event id.</param>
public sealed record EventKindTraits(
    ConsentKind? Consent = null,
    bool Signs = false,
    bool UndoesConsent = false,
    WithdrawalStep Withdrawal = WithdrawalStep.None,
    bool ChangesStatus = true,
    bool TreatyMilestone = false,
    int SameDayOrder = 8);

/// <summary>The trait table: one row per <see cref="EventKind"/>.</summary>
public static class EventKinds
{
    // Same-day order: the treaty's opening and entry into force first, then announcements, signature, consent, entry
    // into force for the state, notice, effect, the rest, the treaty's end.
    private static readonly Dictionary<EventKind, EventKindTraits> Table = new()
    {
        [EventKind.TreatyAdopted] = new(TreatyMilestone: true, SameDayOrder: 0),
        [EventKind.TreatyOpenedForSignature] = new(TreatyMilestone: true, SameDayOrder: 0),
        [EventKind.TreatyEntryIntoForce] = new(TreatyMilestone: true, SameDayOrder: 1),
        [EventKind.DomesticStep] = new(ChangesStatus: false, SameDayOrder: 2),
        [EventKind.WithdrawalAnnounced] = new(Withdrawal: WithdrawalStep.Announces, ChangesStatus: false, SameDayOrder: 2),
        [EventKind.Signature] = new(Signs: true, SameDayOrder: 3),
        [EventKind.DefinitiveSignature] = new(Consent: ConsentKind.DefinitiveSignature, Signs: true, SameDayOrder: 4),
        [EventKind.Ratification] = new(Consent: ConsentKind.Ratification, SameDayOrder: 4),
        [EventKind.Acceptance] = new(Consent: ConsentKind.Acceptance, SameDayOrder: 4),
        [EventKind.Approval] = new(Consent: ConsentKind.Approval, SameDayOrder: 4),
        [EventKind.Accession] = new(Consent: ConsentKind.Accession, SameDayOrder: 4),
        [EventKind.Succession] = new(Consent: ConsentKind.Succession, SameDayOrder: 4),
        [EventKind.EntryIntoForce] = new(SameDayOrder: 5),
        [EventKind.WithdrawalNotified] = new(Withdrawal: WithdrawalStep.Notifies, SameDayOrder: 6),
        [EventKind.WithdrawalEffective] = new(UndoesConsent: true, Withdrawal: WithdrawalStep.TakesEffect, SameDayOrder: 7),
        [EventKind.WithdrawalRescinded] = new(Withdrawal: WithdrawalStep.Rescinds),
        [EventKind.Suspension] = new(),
        [EventKind.SuspensionLifted] = new(),
        [EventKind.RatificationRevoked] = new(UndoesConsent: true),
        [EventKind.SignatureWithdrawn] = new(),
        [EventKind.TreatyTerminated] = new(TreatyMilestone: true, SameDayOrder: 9),
        [EventKind.TreatyExpired] = new(TreatyMilestone: true, SameDayOrder: 9),
    };

    public static EventKindTraits Of(EventKind kind) =>
        Table.TryGetValue(kind, out var traits) ? traits : throw new ArgumentOutOfRangeException(nameof(kind), kind, "no row in the event-kind trait table");

    /// <summary>Every kind with its row (a test checks that no kind is missing).</summary>
    public static IReadOnlyDictionary<EventKind, EventKindTraits> All => Table;

    /// <summary>
    /// The legal order of one state's acts: by day, then <see cref="EventKindTraits.SameDayOrder"/>, then event id.
    /// The status engine and the seed validator replay events in this order.
    /// </summary>
    public static List<TreatyEvent> LegalOrder(IEnumerable<TreatyEvent> events) =>
        events.OrderBy(e => e.Day).ThenBy(e => Of(e.Kind).SameDayOrder).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The order people read a timeline across treaties and states: by day, the legal order of acts on one day, then treaty,
    /// country and id; an event reached twice (a continuing state carries its predecessor's) is listed once.
    /// </summary>
    public static List<TreatyEvent> TimelineOrder(IEnumerable<TreatyEvent> events) =>
        events.DistinctBy(e => (e.TreatyCode, e.Id)).OrderBy(e => e.Day).ThenBy(e => Of(e.Kind).SameDayOrder)
            .ThenBy(e => e.TreatyCode, StringComparer.Ordinal).ThenBy(e => e.CountryCode, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
}
