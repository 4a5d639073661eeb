using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("How a state expressed its consent to be bound.")]
public enum ConsentKind
{
    [Description("Ratification by a signatory.")]
    Ratification,
    [Description("Acceptance (same effect as ratification).")]
    Acceptance,
    [Description("Approval (same effect as ratification).")]
    Approval,
    [Description("Accession by a state that did not sign.")]
    Accession,
    [Description("Succession of a new state to its predecessor's treaty.")]
    Succession,
    [Description("Signature that itself expresses consent to be bound.")]
    DefinitiveSignature,
}
