using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class ParticipationStatusType() : DomainEnum<ParticipationStatus>("ParticipationStatus",
    "The legal position of a state towards a treaty on a day.", new Dictionary<ParticipationStatus, string>
    {
        [ParticipationStatus.NonParticipant] = "No signature or consent in force (e.g. after withdrawing a signature).",
        [ParticipationStatus.Signatory] = "Signed; not (yet) bound.",
        [ParticipationStatus.Contracting] = "Consent deposited; the treaty is not yet in force for the state, or the day it entered into force for the state cannot be computed from the recorded rule (entryIntoForceRule kind UNKNOWN or BY_STATE_ACT).",
        [ParticipationStatus.Party] = "Bound by the treaty.",
        [ParticipationStatus.Withdrawing] = "Still bound: a notified withdrawal has not yet taken effect.",
        [ParticipationStatus.Withdrawn] = "No longer bound: the withdrawal has taken effect.",
        [ParticipationStatus.Terminated] = "The treaty itself ended or expired.",
    });
