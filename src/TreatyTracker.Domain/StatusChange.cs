using System.ComponentModel;
using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A change of a state's legal status on a day, and the act that explains it (null when the treaty's own entry into force or end caused it).</summary>
[Description("A change of a state's legal status on a day, with the act that explains it.")]
public sealed record StatusChange(
    [property: Description("The first day of the new status.")] LocalDate Date,
    [property: Description("The treaty.")] Treaty Treaty,
    string CountryCode,
    [property: Description("The status the day before.")] ParticipationStatus From,
    [property: Description("The status from that day.")] ParticipationStatus To,
    [property: Description("The act dated that day (null when the treaty's own entry into force or end caused the change).")] TreatyEvent? Event);
