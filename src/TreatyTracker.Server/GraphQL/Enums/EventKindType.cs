using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class EventKindType() : DomainEnum<EventKind>("EventKind", "What happened. TREATY_* kinds are the treaty's own milestones.", new Dictionary<EventKind, string>
{
    [EventKind.Signature] = "The state signed.",
    [EventKind.DefinitiveSignature] = "Signature that itself expresses consent to be bound.",
    [EventKind.Ratification] = "Deposit of the instrument of ratification.",
    [EventKind.Acceptance] = "Deposit of the instrument of acceptance.",
    [EventKind.Approval] = "Deposit of the instrument of approval.",
    [EventKind.Accession] = "Deposit of the instrument of accession.",
    [EventKind.Succession] = "Notification of succession by a new state.",
    [EventKind.EntryIntoForce] = "The treaty entered into force for the state (derived from the rule unless recorded).",
    [EventKind.WithdrawalAnnounced] = "A government or parliament said it will withdraw; no legal effect.",
    [EventKind.WithdrawalNotified] = "The notice of withdrawal was received by the depositary (or the other party).",
    [EventKind.WithdrawalEffective] = "The withdrawal took effect (derived from the rule unless recorded).",
    [EventKind.WithdrawalRescinded] = "A withdrawal was taken back before it took effect.",
    [EventKind.Suspension] = "The state declared its obligations suspended; it stays a party.",
    [EventKind.SuspensionLifted] = "A suspension ended.",
    [EventKind.RatificationRevoked] = "Consent revoked before the treaty was in force for the state (back to signatory).",
    [EventKind.SignatureWithdrawn] = "A signatory declared it does not intend to become a party.",
    [EventKind.DomesticStep] = "A domestic act (vote, decree, law signed): on the timeline, no change of status.",
    [EventKind.TreatyAdopted] = "The treaty text was adopted.",
    [EventKind.TreatyOpenedForSignature] = "The treaty was opened for signature.",
    [EventKind.TreatyEntryIntoForce] = "The treaty entered into force.",
    [EventKind.TreatyTerminated] = "The treaty ended.",
    [EventKind.TreatyExpired] = "The treaty's fixed term ran out.",
});
