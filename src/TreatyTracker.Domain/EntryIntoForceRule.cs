using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>When the treaty enters into force for a state that deposits after it entered into force.</summary>
/// <remarks>
/// When a treaty enters into force for a state, from the day it deposited its instrument of consent.
/// A deposit on or before the treaty's own entry into force (or, where the treaty says so, on or before the
/// deposit that triggered it: <see cref="TriggeringDepositOn"/>) takes effect on the treaty's entry into force.
/// </remarks>
/// <param name="Kind">The kind of rule.</param>
/// <param name="N">The N of the rule (days or months); 0 where unused.</param>
/// <param name="Article">The article that sets the rule.</param>
public sealed record EntryIntoForceRule(
    EntryIntoForceRuleKind Kind,
    int N = 0,
    string? Article = null,
    LocalDate? TriggeringDepositOn = null)
{
    public static readonly EntryIntoForceRule OnDeposit = new(EntryIntoForceRuleKind.OnDeposit);

    /// <summary>Whether a rule of this kind needs a positive <see cref="N"/> (days or months).</summary>
    public static bool NeedsN(EntryIntoForceRuleKind kind) =>
        kind is EntryIntoForceRuleKind.DaysAfterDeposit or EntryIntoForceRuleKind.MonthsAfterDeposit or EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit;

    /// <summary>The state's entry-into-force date, or null while the treaty is not in force (or closed to late joiners).</summary>
    public LocalDate? EntryIntoForceFor(LocalDate deposit, LocalDate? treatyEntryIntoForce)
    {
        if (treatyEntryIntoForce is not { } treatyEif) return null;
        if (Kind == EntryIntoForceRuleKind.ByStateAct) return null;
        var threshold = TriggeringDepositOn ?? treatyEif;
        if (deposit <= threshold) return treatyEif;
        return Kind switch
        {
            EntryIntoForceRuleKind.NotOpen or EntryIntoForceRuleKind.Unknown => null,
            _ => Dates.Max(treatyEif, Apply(deposit)),
        };
    }

    /// <summary>The rule applied to a deposit date, ignoring the treaty's own entry into force.</summary>
    public LocalDate Apply(LocalDate deposit) => Kind switch
    {
        EntryIntoForceRuleKind.OnDeposit => deposit,
        EntryIntoForceRuleKind.DaysAfterDeposit => deposit.PlusDays(N),
        EntryIntoForceRuleKind.MonthsAfterDeposit => deposit.PlusMonths(N),
        EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit => new LocalDate(deposit.Year, deposit.Month, 1).PlusMonths(N),
        EntryIntoForceRuleKind.NotOpen or EntryIntoForceRuleKind.Unknown or EntryIntoForceRuleKind.ByStateAct => deposit,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    public string Describe() => Kind switch
    {
        EntryIntoForceRuleKind.OnDeposit => "on the day of deposit",
        EntryIntoForceRuleKind.DaysAfterDeposit => $"{Words.Count(N, "day")} after deposit",
        EntryIntoForceRuleKind.MonthsAfterDeposit => $"{Words.Count(N, "month")} after deposit",
        EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit => $"on the first day of the {Words.Ordinal(N)} month after deposit",
        EntryIntoForceRuleKind.NotOpen => "closed: only the original parties",
        EntryIntoForceRuleKind.ByStateAct => "set for each state by its own act or by conditions, not by its deposit",
        _ => "rule not recorded",
    };
}
