using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>How complete the recorded participation of a treaty is, and as of which day.</summary>
/// <remarks><see cref="Parties"/> is the depositary's own count of parties on <see cref="AsOf"/>, when known: the data is checked against it.</remarks>
public sealed record Coverage(CoverageLevel Level, LocalDate AsOf, string? Note = null, int? Parties = null);
