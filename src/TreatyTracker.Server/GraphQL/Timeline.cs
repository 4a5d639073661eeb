using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>The timeline filters of the API; the order itself is the domain's (<see cref="EventKinds.TimelineOrder"/>).</summary>
public static class Timeline
{
    public static IReadOnlyList<TreatyEvent> Filter(IReadOnlyList<TreatyEvent> events, TimelineFilter? f) =>
        f is null ? events : events.Where(e =>
            (f.Kinds is null || f.Kinds.Count == 0 || f.Kinds.Contains(e.Kind)) &&
            (f.From is null || e.Day >= f.From) && (f.To is null || e.Day <= f.To) &&
            (f.Derived is null || e.Derived == f.Derived)).ToList();
}
