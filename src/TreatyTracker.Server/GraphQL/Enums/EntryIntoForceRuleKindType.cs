using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

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
