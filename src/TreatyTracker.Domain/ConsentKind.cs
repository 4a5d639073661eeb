namespace TreatyTracker.Domain;

/// <summary>How a state expressed its consent to be bound.</summary>
public enum ConsentKind { Ratification, Acceptance, Approval, Accession, Succession, DefinitiveSignature }
