using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A withdrawal process, its three stages kept apart: announced, notified (received by the depositary), effective.</summary>
/// <remarks>
/// One withdrawal process of a state from a treaty, with its three stages kept apart: announced (no legal
/// effect), notified (notice received by the depositary) and effective (the notice period has run).
/// <see cref="EffectiveOn"/> is null when it cannot be known; <see cref="Basis"/> always says why.
/// </remarks>
/// <param name="NotifiedOn">The day the depositary (or, for a bilateral treaty, the other party) received the notice.</param>
/// <param name="EffectiveOn">The first day the state is no longer bound; null when it cannot be known (basis says why).</param>
/// <param name="EffectiveOnConfirmed">True: a source confirms effectiveOn; false: computed from the treaty's rule.</param>
/// <param name="RescindedOn">The day the withdrawal was taken back, if it was.</param>
/// <param name="PeriodEndsOn">The end of the notice period, even when an armed conflict postpones the effect.</param>
/// <param name="PostponedByArmedConflict">True when the armed-conflict clause leaves the effective date unknown.</param>
/// <param name="Basis">The rule and article behind effectiveOn, or why it is null.</param>
/// <param name="Events">The recorded and derived events of this withdrawal.</param>
public sealed record Withdrawal(
    PartialDate? Announced,
    LocalDate? NotifiedOn,
    LocalDate? EffectiveOn,
    bool EffectiveOnConfirmed,
    LocalDate? RescindedOn,
    LocalDate? PeriodEndsOn,
    bool PostponedByArmedConflict,
    string Basis,
    IReadOnlyList<TreatyEvent> Events)
{
    /// <summary>The announcement day; null when none or when known only to the month or year (see announced).</summary>
    public LocalDate? AnnouncedOn => Announced is { Precision: DatePrecision.Day } a ? a.Date : null;

    /// <summary>Notified, not rescinded, and not yet effective on the day (including an effective date that cannot be known).</summary>
    public bool IsPendingOn(LocalDate date) => NotifiedOn is not null && RescindedOn is null && (EffectiveOn is null || EffectiveOn > date);

    // It has a known effective date and was not rescinded: a day for the calendar of effective withdrawals. A plain comment: a doc summary would make it a GraphQL field.
    public bool TakesEffect => EffectiveOn is not null && RescindedOn is null;

    public WithdrawalStatus StatusOn(LocalDate date) =>
        RescindedOn is { } r && r <= date ? WithdrawalStatus.Rescinded
        : EffectiveOn is { } e && e <= date ? WithdrawalStatus.Effective
        : NotifiedOn is { } n && n <= date ? WithdrawalStatus.Notified
        : WithdrawalStatus.Announced;
}
