using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>
/// When a treaty enters into force for a state, from the day it deposited its instrument of consent.
/// A deposit on or before the treaty's own entry into force (or, where the treaty says so, on or before the
/// deposit that triggered it: <see cref="TriggeringDepositOn"/>) takes effect on the treaty's entry into force.
/// </summary>
public sealed record EntryIntoForceRule(EntryIntoForceRuleKind Kind, int N = 0, string? Article = null, LocalDate? TriggeringDepositOn = null)
{
    public static readonly EntryIntoForceRule OnDeposit = new(EntryIntoForceRuleKind.OnDeposit);

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

/// <summary>
/// How a state leaves a treaty: the notice period runs from the day the depositary (or, for a bilateral treaty,
/// the other party) receives the notice. With an armed-conflict clause, a state engaged in armed conflict when
/// the period ends stays bound until the conflict ends.
/// </summary>
public sealed record WithdrawalRule(Period? NoticePeriod, string? Article = null, bool ArmedConflictClause = false, string? Notes = null)
{
    public static readonly WithdrawalRule None = new(NoticePeriod: null);

    /// <summary>The day the notice period ends (the withdrawal's effect, absent an armed conflict), or null without a withdrawal clause.</summary>
    public LocalDate? PeriodEnd(LocalDate noticeReceived) => NoticePeriod is { } p ? noticeReceived.Plus(p) : null;
}

/// <summary>English words for the few numbers and periods the service writes into sentences.</summary>
public static class Words
{
    private static readonly string[] Small =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    private static readonly string[] Ordinals =
        ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    public static string Count(int n, string unit) =>
        $"{(n >= 0 && n < Small.Length ? Small[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture))} {unit}{(n == 1 ? "" : "s")}";

    public static string Ordinal(int n) => n >= 0 && n < Ordinals.Length ? Ordinals[n] : $"{n}th";

    /// <summary>"six months", "90 days", "one year and six months".</summary>
    public static string Of(Period period)
    {
        var parts = new List<string>();
        if (period.Years != 0) parts.Add(Count(period.Years, "year"));
        if (period.Months != 0) parts.Add(Count(period.Months, "month"));
        if (period.Weeks != 0) parts.Add(Count(period.Weeks, "week"));
        if (period.Days != 0) parts.Add(Count(period.Days, "day"));
        return parts.Count == 0 ? "no time" : string.Join(" and ", parts);
    }
}
