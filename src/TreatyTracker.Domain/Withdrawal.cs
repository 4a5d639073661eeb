using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>
/// One withdrawal process of a state from a treaty, with its three stages kept apart: announced (no legal
/// effect), notified (notice received by the depositary) and effective (the notice period has run).
/// <see cref="EffectiveOn"/> is null when it cannot be known; <see cref="Basis"/> always says why.
/// </summary>
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
    /// <summary>The announcement day, only when it is known to the day.</summary>
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
