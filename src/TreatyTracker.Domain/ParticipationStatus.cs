using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("The legal position of a state towards a treaty on a day.")]
public enum ParticipationStatus
{
    [Description("No signature or consent in force (e.g. after withdrawing a signature).")]
    NonParticipant,
    [Description("Signed; not (yet) bound.")]
    Signatory,
    [Description("Consent deposited; the treaty is not yet in force for the state, or the day it entered into force for the state cannot be computed from the recorded rule (entryIntoForceRule kind UNKNOWN or BY_STATE_ACT).")]
    Contracting,
    [Description("Bound by the treaty.")]
    Party,
    [Description("Still bound: a notified withdrawal has not yet taken effect.")]
    Withdrawing,
    [Description("No longer bound: the withdrawal has taken effect.")]
    Withdrawn,
    [Description("The treaty itself ended or expired.")]
    Terminated,
}
