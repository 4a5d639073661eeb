using System.ComponentModel;

namespace TreatyTracker.Domain;

/// <summary>The ways a treaty enters into force for a state that joins late; <see cref="EntryIntoForceRule.NeedsN"/> says which take a number.</summary>
[Description("How a treaty enters into force for a state that joins late.")]
public enum EntryIntoForceRuleKind
{
    [Description("On the day of deposit.")]
    OnDeposit,
    [Description("N days after deposit.")]
    DaysAfterDeposit,
    [Description("N months after deposit (clamped to the month's end).")]
    MonthsAfterDeposit,
    [Description("On the first day of the Nth month after the month of deposit.")]
    FirstDayOfNthMonthAfterDeposit,
    [Description("Closed: no state can join after entry into force.")]
    NotOpen,
    /// <summary>Not recorded: a late joiner's date cannot be computed (a deposit before the treaty's entry into force still can).</summary>
    [Description("Not recorded: a late joiner's date is not computed.")]
    Unknown,
    /// <summary>
    /// The treaty sets each state's date by an act or condition other than its deposit (Tlatelolco: a waiver declaration under
    /// Article 28(2)), so no deposit, early or late, gives a date: only a recorded ENTRY_INTO_FORCE event does.
    /// </summary>
    [Description("Set for each state by an act or condition other than its deposit (Tlatelolco's waiver declarations): only a recorded entry into force gives the date.")]
    ByStateAct,
}
