using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

/// <summary>What Treaty and Country both offer, said once: participations narrowed to a status on a day, and a paged, filterable timeline.</summary>
public static class ParticipationFields
{
    /// <summary>Declares the "status" and "asOf" arguments that <see cref="InStatus"/> reads.</summary>
    public static FieldBuilder<TSource, TReturn> StatusArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string description) =>
        field.Argument<DomainEnum<ParticipationStatus>>("status", description).AsOfArgument();

    /// <summary>The participations in the "status" argument's status on asOf; all of them without the argument.</summary>
    public static IEnumerable<ParticipationRecord> InStatus(this IResolveFieldContext c, IEnumerable<ParticipationRecord> participations)
    {
        var asOf = c.AsOf();
        var status = c.GetArgument<ParticipationStatus?>("status");
        return participations.Where(p => status is null || p.StatusOn(asOf) == status);
    }

    /// <summary>The paged "timeline(filter:)" field over the events the source's records give, in timeline order.</summary>
    public static void TimelineField<T>(this ObjectGraphType<T> type, string description, Func<IResolveFieldContext<T>, IDataLoaderResult<IReadOnlyList<TreatyEvent>>> events) =>
        type.Field<NonNullGraphType<EventConnectionType>>("timeline").Paged().Description(description)
            .Argument<TimelineFilterType>("filter", "Narrows the timeline.")
            .Resolve(c => events(c).Then(list => Paging.Cut(Timeline.Filter(list, c.GetArgument<TimelineFilter?>("filter")), c)));
}
