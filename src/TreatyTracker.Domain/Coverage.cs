using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>How complete the recorded participation is.</summary>
/// <param name="Level">COMPLETE or PARTIAL.</param>
/// <param name="AsOf">The day up to which the record is checked.</param>
/// <param name="Note">What is covered and what is missing.</param>
/// <param name="Parties">The depositary's count of parties on asOf, when known; the dataset is checked against it.</param>
public sealed record Coverage(
    CoverageLevel Level,
    LocalDate AsOf,
    string? Note = null,
    int? Parties = null);
