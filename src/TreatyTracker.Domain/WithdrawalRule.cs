using System.ComponentModel;
using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>
/// How a state leaves a treaty: the notice period runs from the day the depositary (or, for a bilateral treaty,
/// the other party) receives the notice. With an armed-conflict clause, a state engaged in armed conflict when
/// the period ends stays bound until the conflict ends.
/// </summary>
[Description("How a state leaves the treaty.")]
public sealed record WithdrawalRule(
    [property: Description("Notice period from receipt of the notice; null when none is recorded.")] Period? NoticePeriod,
    [property: Description("The article that sets the rule.")] string? Article = null,
    [property: Description("True when effect is postponed while the withdrawing state is engaged in armed conflict.")] bool ArmedConflictClause = false,
    [property: Description("The rule in words: from what the period runs, to whom notice is given.")] string? Notes = null)
{
    public static readonly WithdrawalRule None = new(NoticePeriod: null);

    /// <summary>The day the notice period ends (the withdrawal's effect, absent an armed conflict), or null without a withdrawal clause.</summary>
    public LocalDate? PeriodEnd(LocalDate noticeReceived) => NoticePeriod is { } p ? noticeReceived.Plus(p) : null;
}
