using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>A domain enum on the wire: SCREAMING_SNAKE names, as stored in the database and seed files.</summary>
public class DomainEnum<T> : EnumerationGraphType where T : struct, Enum
{
    public DomainEnum(string name, string description, IReadOnlyDictionary<T, string> values)
    {
        Name = name;
        Description = description;
        foreach (var value in Enum.GetValues<T>())
            Add(EnumText.Of(value), value, values.TryGetValue(value, out var d) ? d : throw new InvalidOperationException($"{name}.{value} has no description"));
    }
}

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
public sealed class ConsentKindType() : DomainEnum<ConsentKind>("ConsentKind", "How a state expressed its consent to be bound.", new Dictionary<ConsentKind, string>
{
    [ConsentKind.Ratification] = "Ratification by a signatory.",
    [ConsentKind.Acceptance] = "Acceptance (same effect as ratification).",
    [ConsentKind.Approval] = "Approval (same effect as ratification).",
    [ConsentKind.Accession] = "Accession by a state that did not sign.",
    [ConsentKind.Succession] = "Succession of a new state to its predecessor's treaty.",
    [ConsentKind.DefinitiveSignature] = "Signature that itself expresses consent to be bound.",
});
public sealed class WithdrawalStatusType() : DomainEnum<WithdrawalStatus>("WithdrawalStatus", "The stage of a withdrawal.", new Dictionary<WithdrawalStatus, string>
{
    [WithdrawalStatus.Announced] = "Said by a government or parliament; no legal effect.",
    [WithdrawalStatus.Notified] = "Notice received by the depositary (or the other party); the period runs.",
    [WithdrawalStatus.Effective] = "The state is no longer bound.",
    [WithdrawalStatus.Rescinded] = "Taken back before it took effect.",
});
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
public sealed class DatePrecisionType() : DomainEnum<DatePrecision>("DatePrecision", "How precisely a date is known.", new Dictionary<DatePrecision, string>
{
    [DatePrecision.Day] = "Known to the day.",
    [DatePrecision.Month] = "Known to the month only.",
    [DatePrecision.Year] = "Known to the year only.",
});
public sealed class TreatyCategoryType() : DomainEnum<TreatyCategory>("TreatyCategory", "The weapons a treaty is about.", new Dictionary<TreatyCategory, string>
{
    [TreatyCategory.ConventionalWeapons] = "Conventional weapons (mines, cluster munitions, arms trade, forces in Europe).",
    [TreatyCategory.Nuclear] = "Nuclear weapons and testing.",
    [TreatyCategory.NuclearWeaponFreeZone] = "Regional nuclear-weapon-free zones.",
    [TreatyCategory.ChemicalBiological] = "Chemical and biological weapons.",
    [TreatyCategory.Other] = "Other (outer space, seabed, environment, verification).",
});
public sealed class TreatyScopeType() : DomainEnum<TreatyScope>("TreatyScope", "Who can take part.", new Dictionary<TreatyScope, string>
{
    [TreatyScope.Multilateral] = "Open to all states.",
    [TreatyScope.Plurilateral] = "A closed group of states.",
    [TreatyScope.Bilateral] = "Two parties; it ends when one party's withdrawal takes effect.",
});
public sealed class CoverageLevelType() : DomainEnum<CoverageLevel>("CoverageLevel", "How complete the recorded participation is.", new Dictionary<CoverageLevel, string>
{
    [CoverageLevel.Complete] = "Every participant is recorded, checked against the depositary's count.",
    [CoverageLevel.Partial] = "Some participants or acts are missing: a missing record means 'not recorded'.",
});
public sealed class CountryKindType() : DomainEnum<CountryKind>("CountryKind", "What kind of entity.", new Dictionary<CountryKind, string>
{
    [CountryKind.UnMember] = "A UN member state.",
    [CountryKind.ObserverState] = "A UN observer state (Holy See, State of Palestine).",
    [CountryKind.OtherEntity] = "Another entity taking part in treaties (Cook Islands, Niue, Kosovo, Taiwan).",
    [CountryKind.FormerState] = "A state that no longer exists (ISO 3166-3 code).",
});
public sealed class EntryIntoForceRuleKindType() : DomainEnum<EntryIntoForceRuleKind>("EntryIntoForceRuleKind", "How a treaty enters into force for a state that joins late.", new Dictionary<EntryIntoForceRuleKind, string>
{
    [EntryIntoForceRuleKind.OnDeposit] = "On the day of deposit.",
    [EntryIntoForceRuleKind.DaysAfterDeposit] = "N days after deposit.",
    [EntryIntoForceRuleKind.MonthsAfterDeposit] = "N months after deposit (clamped to the month's end).",
    [EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit] = "On the first day of the Nth month after the month of deposit.",
    [EntryIntoForceRuleKind.NotOpen] = "Closed: no state can join after entry into force.",
    [EntryIntoForceRuleKind.Unknown] = "Not recorded: a late joiner's date is not computed.",
    [EntryIntoForceRuleKind.ByStateAct] = "Set for each state by an act or condition other than its deposit (Tlatelolco's waiver declarations): only a recorded entry into force gives the date.",
});
