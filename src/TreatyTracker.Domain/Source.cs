using System.ComponentModel;

namespace TreatyTracker.Domain;

/// <summary>Where a fact comes from: the page read, who published it and, for depositary acts, the notification number.</summary>
[Description("Where a fact comes from.")]
public sealed record Source(
    [property: Description("The page read.")] string Url,
    [property: Description("Who published it.")] string Publisher,
    [property: Description("The depositary notification number, when known (e.g. C.N.421.2025.TREATIES-XXVI-5).")] string? Notification = null,
    [property: Description("What the source states.")] string? States = null);
