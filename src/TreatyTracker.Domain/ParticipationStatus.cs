namespace TreatyTracker.Domain;

/// <summary>The legal position of a state towards a treaty on one day.</summary>
public enum ParticipationStatus
{
    NonParticipant,
    Signatory,
    /// <summary>Consent deposited, treaty not yet in force for that state.</summary>
    Contracting,
    Party,
    /// <summary>Party whose notified withdrawal has not yet taken effect.</summary>
    Withdrawing,
    Withdrawn,
    /// <summary>The treaty itself ended or expired.</summary>
    Terminated,
}
