using System.ComponentModel;
using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>
/// One withdrawal process of a state from a treaty, with its three stages kept apart: announced (no legal
/// effect), notified (notice received by the depositary) and effective (the notice period has run).
/// <see cref="EffectiveOn"/> is null when it cannot be known; <see cref="Basis"/> always says why.
/// </summary>
[Description("A withdrawal process, its three stages kept apart: announced, notified (received by the depositary), effective.")]
public sealed record Withdrawal(
    PartialDate? Announced,
    [property: Description("The day the depositary (or, for a bilateral treaty, the other party) received the notice.")] LocalDate? NotifiedOn,
    [property: Description("The first day the state is no longer bound; null when it cannot be known (basis says why).")] LocalDate? EffectiveOn,
    [property: Description("True: a source confirms effectiveOn; false: computed from the treaty's rule.")] bool EffectiveOnConfirmed,
    [property: Description("The day the withdrawal was taken back, if it was.")] LocalDate? RescindedOn,
    [property: Description("The end of the notice period, even when an armed conflict postpones the effect.")] LocalDate? PeriodEndsOn,
    [property: Description("True when the armed-conflict clause leaves the effective date unknown.")] bool PostponedByArmedConflict,
    [property: Description("The rule and article behind effectiveOn, or why it is null.")] string Basis,
    [property: Description("The recorded and derived events of this withdrawal.")] IReadOnlyList<TreatyEvent> Events)
{
    /// <summary>The announcement day, only when it is known to the day.</summary>
    [Description("The announcement day; null when none or when known only to the month or year (see announced).")]
    public LocalDate? AnnouncedOn => Announced is { Precision: DatePrecision.Day } a ? a.Date : null;

    /// <summary>Notified, not rescinded, and not yet effective on the day (including an effective date that cannot be known).</summary>
    public bool IsPendingOn(LocalDate date) => NotifiedOn is not null && RescindedOn is null && (EffectiveOn is null || EffectiveOn > date);

    /// <summary>It has a known effective date and was not rescinded: a day for the calendar of effective withdrawals.</summary>
    public bool TakesEffect => EffectiveOn is not null && RescindedOn is null;

    public WithdrawalStatus StatusOn(LocalDate date) =>
        RescindedOn is { } r && r <= date ? WithdrawalStatus.Rescinded
        : EffectiveOn is { } e && e <= date ? WithdrawalStatus.Effective
        : NotifiedOn is { } n && n <= date ? WithdrawalStatus.Notified
        : WithdrawalStatus.Announced;
}
