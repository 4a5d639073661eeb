namespace TreatyTracker.Domain;

/// <summary>Where a fact comes from: the page read, who published it and, for depositary acts, the notification number.</summary>
public sealed record Source(string Url, string Publisher, string? Notification = null, string? States = null);
