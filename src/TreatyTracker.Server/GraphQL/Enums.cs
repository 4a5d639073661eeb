using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>A domain enum on the wire: SCREAMING_SNAKE names, as stored in the database and seed files.</summary>
public class DomainEnum<T> : EnumerationGraphType where T : struct, Enum
{
    public DomainEnum(string name, string description)
    {
        Name = name;
        Description = description;
        foreach (var value in Enum.GetValues<T>()) Add(EnumText.Of(value), value);
    }
}

public sealed class ParticipationStatusType() : DomainEnum<ParticipationStatus>("ParticipationStatus",
    "The legal position of a state towards a treaty on a day. CONTRACTING: consent deposited, not yet in force for the state; " +
    "WITHDRAWING: a notified withdrawal has not yet taken effect; TERMINATED: the treaty itself ended or expired.");
public sealed class ConsentKindType() : DomainEnum<ConsentKind>("ConsentKind", "How a state expressed its consent to be bound.");
public sealed class WithdrawalStatusType() : DomainEnum<WithdrawalStatus>("WithdrawalStatus",
    "ANNOUNCED: said, no legal effect; NOTIFIED: notice received by the depositary; EFFECTIVE: the notice period has run; RESCINDED: taken back.");
public sealed class EventKindType() : DomainEnum<EventKind>("EventKind", "What happened. TREATY_* kinds are the treaty's own milestones.");
public sealed class DatePrecisionType() : DomainEnum<DatePrecision>("DatePrecision", "How precisely a date is known: DAY, MONTH or YEAR.");
public sealed class TreatyCategoryType() : DomainEnum<TreatyCategory>("TreatyCategory", "The weapons a treaty is about.");
public sealed class TreatyScopeType() : DomainEnum<TreatyScope>("TreatyScope", "Open to all states, to a closed group, or between two.");
public sealed class CoverageLevelType() : DomainEnum<CoverageLevel>("CoverageLevel", "COMPLETE: every participant is recorded; PARTIAL: some are missing.");
public sealed class CountryKindType() : DomainEnum<CountryKind>("CountryKind", "UN member, observer state, other entity, or former state (ISO 3166-3).");
public sealed class EntryIntoForceRuleKindType() : DomainEnum<EntryIntoForceRuleKind>("EntryIntoForceRuleKind", "How a treaty enters into force for a state that joins late.");
