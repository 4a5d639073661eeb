using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A change of a state's legal status on a day, with the act that explains it.</summary>
/// <param name="Date">The first day of the new status.</param>
/// <param name="Treaty">The treaty.</param>
/// <param name="From">The status the day before.</param>
/// <param name="To">The status from that day.</param>
/// <param name="Event">The act dated that day (null when the treaty's own entry into force or end caused the change).</param>
public sealed record StatusChange(
    LocalDate Date,
    Treaty Treaty,
    string CountryCode,
    ParticipationStatus From,
    ParticipationStatus To,
    TreatyEvent? Event);
