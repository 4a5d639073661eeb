namespace TreatyTracker.Domain;

/// <summary>The ways a treaty enters into force for a state that joins late; <see cref="EntryIntoForceRule.NeedsN"/> says which take a number.</summary>
public enum EntryIntoForceRuleKind
{
    /// <summary>In force for the state on the day it deposits.</summary>
    OnDeposit,
    /// <summary>On the Nth day after deposit (deposit + N days).</summary>
    DaysAfterDeposit,
    /// <summary>N calendar months after deposit (deposit + N months, clamped to the month's end).</summary>
    MonthsAfterDeposit,
    /// <summary>On the first day of the Nth month after the month of deposit.</summary>
    FirstDayOfNthMonthAfterDeposit,
    /// <summary>The treaty is closed: no state can join after its entry into force.</summary>
    NotOpen,
    /// <summary>Not recorded: a late joiner's date cannot be computed (a deposit before the treaty's entry into force still can).</summary>
    Unknown,
    /// <summary>
    /// The treaty sets each state's date by an act or condition other than its deposit (Tlatelolco: a waiver declaration under
    /// Article 28(2)), so no deposit, early or late, gives a date: only a recorded ENTRY_INTO_FORCE event does.
    /// </summary>
    ByStateAct,
}
