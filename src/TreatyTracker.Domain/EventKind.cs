using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("What happened. TREATY_* kinds are the treaty's own milestones.")]
public enum EventKind
{
    [Description("The state signed.")]
    Signature,
    [Description("Signature that itself expresses consent to be bound.")]
    DefinitiveSignature,
    [Description("Deposit of the instrument of ratification.")]
    Ratification,
    [Description("Deposit of the instrument of acceptance.")]
    Acceptance,
    [Description("Deposit of the instrument of approval.")]
    Approval,
    [Description("Deposit of the instrument of accession.")]
    Accession,
    [Description("Notification of succession by a new state.")]
    Succession,
    [Description("The treaty entered into force for the state (derived from the rule unless recorded).")]
    EntryIntoForce,
    [Description("A government or parliament said it will withdraw; no legal effect.")]
    WithdrawalAnnounced,
    [Description("The notice of withdrawal was received by the depositary (or the other party).")]
    WithdrawalNotified,
    [Description("The withdrawal took effect (derived from the rule unless recorded).")]
    WithdrawalEffective,
    [Description("A withdrawal was taken back before it took effect.")]
    WithdrawalRescinded,
    [Description("The state declared its obligations suspended; it stays a party.")]
    Suspension,
    [Description("A suspension ended.")]
    SuspensionLifted,
    [Description("Consent revoked before the treaty was in force for the state (back to signatory).")]
    RatificationRevoked,
    [Description("A signatory declared it does not intend to become a party.")]
    SignatureWithdrawn,
    [Description("A domestic act (vote, decree, law signed): on the timeline, no change of status.")]
    DomesticStep,
    [Description("The treaty text was adopted.")]
    TreatyAdopted,
    [Description("The treaty was opened for signature.")]
    TreatyOpenedForSignature,
    [Description("The treaty entered into force.")]
    TreatyEntryIntoForce,
    [Description("The treaty ended.")]
    TreatyTerminated,
    [Description("The treaty's fixed term ran out.")]
    TreatyExpired,
}
