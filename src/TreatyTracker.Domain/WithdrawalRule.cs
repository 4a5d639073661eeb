using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>How a state leaves the treaty.</summary>
/// <remarks>
/// How a state leaves a treaty: the notice period runs from the day the depositary (or, for a bilateral treaty,
/// the other party) receives the notice. With an armed-conflict clause, a state engaged in armed conflict when
/// the period ends stays bound until the conflict ends.
/// </remarks>
/// <param name="NoticePeriod">Notice period from receipt of the notice; null when none is recorded.</param>
/// <param name="Article">The article that sets the rule.</param>
/// <param name="ArmedConflictClause">True when effect is postponed while the withdrawing state is engaged in armed conflict.</param>
/// <param name="Notes">The rule in words: from what the period runs, to whom notice is given.</param>
public sealed record WithdrawalRule(
    Period? NoticePeriod,
    string? Article = null,
    bool ArmedConflictClause = false,
    string? Notes = null)
{
    public static readonly WithdrawalRule None = new(NoticePeriod: null);

    /// <summary>The day the notice period ends (the withdrawal's effect, absent an armed conflict), or null without a withdrawal clause.</summary>
    public LocalDate? PeriodEnd(LocalDate noticeReceived) => NoticePeriod is { } p ? noticeReceived.Plus(p) : null;
}
