using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Events in the order people read a timeline: by date, then the legal order of acts on one day.</summary>
public static class Timeline
{
    public static List<TreatyEvent> Of(TreatyRecord? record) => record is null ? []
        : Sort(record.Milestones().Concat(record.Participations.Values.SelectMany(p => p.Events)));

    public static List<TreatyEvent> Sort(IEnumerable<TreatyEvent> events) =>
        events.DistinctBy(e => (e.TreatyCode, e.Id)).OrderBy(e => e.Day).ThenBy(e => TreatyEvent.SameDayOrder(e.Kind))
            .ThenBy(e => e.TreatyCode, StringComparer.Ordinal).ThenBy(e => e.CountryCode, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

    public static List<TreatyEvent> Filter(List<TreatyEvent> events, TimelineFilter? f) =>
        f is null ? events : events.Where(e =>
            (f.Kinds is null || f.Kinds.Count == 0 || f.Kinds.Contains(e.Kind)) &&
            (f.From is null || e.Day >= f.From) && (f.To is null || e.Day <= f.To) &&
            (f.Derived is null || e.Derived == f.Derived)).ToList();
}
