using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class ConsentKindType() : DomainEnum<ConsentKind>("ConsentKind", "How a state expressed its consent to be bound.", new Dictionary<ConsentKind, string>
{
    [ConsentKind.Ratification] = "Ratification by a signatory.",
    [ConsentKind.Acceptance] = "Acceptance (same effect as ratification).",
    [ConsentKind.Approval] = "Approval (same effect as ratification).",
    [ConsentKind.Accession] = "Accession by a state that did not sign.",
    [ConsentKind.Succession] = "Succession of a new state to its predecessor's treaty.",
    [ConsentKind.DefinitiveSignature] = "Signature that itself expresses consent to be bound.",
});
