using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>A change of a state's legal status on a day, and the act that explains it (null when the treaty's own entry into force or end caused it).</summary>
public sealed record StatusChange(LocalDate Date, Treaty Treaty, string CountryCode, ParticipationStatus From, ParticipationStatus To, TreatyEvent? Event);
