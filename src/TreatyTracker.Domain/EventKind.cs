namespace TreatyTracker.Domain;

/// <summary>What happened, as recorded for a state (or, for the TREATY_* kinds, for the treaty itself).</summary>
public enum EventKind
{
    Signature,
    DefinitiveSignature,
    Ratification,
    Acceptance,
    Approval,
    Accession,
    Succession,
    EntryIntoForce,
    WithdrawalAnnounced,
    WithdrawalNotified,
    WithdrawalEffective,
    WithdrawalRescinded,
    Suspension,
    SuspensionLifted,
    RatificationRevoked,
    SignatureWithdrawn,
    DomesticStep,
    TreatyAdopted,
    TreatyOpenedForSignature,
    TreatyEntryIntoForce,
    TreatyTerminated,
    TreatyExpired,
}
