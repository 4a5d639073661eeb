using NodaTime;

namespace TreatyTracker.Domain;

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
