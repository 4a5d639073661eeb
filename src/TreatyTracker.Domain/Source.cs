namespace TreatyTracker.Domain;

/// <summary>Where a fact comes from.</summary>
/// <param name="Url">The page read.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Notification">The depositary notification number, when known (e.g. C.N.421.2025.TREATIES-XXVI-5).</param>
/// <param name="States">What the source states.</param>
public sealed record Source(
    string Url,
    string Publisher,
    string? Notification = null,
    string? States = null);
