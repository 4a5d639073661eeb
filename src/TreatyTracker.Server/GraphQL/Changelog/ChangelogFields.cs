using GraphQL;
using GraphQL.Types;
using TreatyTracker.Server.Data;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Query.changelog and the paged, filterable list of record changes it and each version carry.</summary>
public static class ChangelogFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ChangelogType>>("changelog")
            .Description("What changed between dataset versions: per version its date and description, and every record added, corrected (old and new values, " +
                         "the reason) or retracted. The same rows as GET /changes.csv. Default: every version up to the one answering the request.")
            .Argument<IntGraphType>("from", "The first version included (default 1).")
            .Argument<IntGraphType>("to", "The last version included (default: the version answering the request).")
            .ResolveAsync(async c =>
            {
                var snapshot = c.Loader().Snapshot;
                var from = c.GetArgument<int?>("from") ?? 1;
                var to = c.GetArgument<int?>("to") ?? snapshot.Version;
                if (from < 1 || to > snapshot.Version || from > to)
                    throw new ExecutionError($"'from' and 'to' must satisfy 1 <= from <= to <= {snapshot.Version} (the version answering this request)") { Code = "BAD_VERSION_RANGE" };
                // Computed before execution (GraphQLEndpoint's changelog step): no wait here.
                var versions = (await c.RequestServices!.GetRequiredService<DatasetChangelog>().ForAsync(snapshot, c.CancellationToken))
                    .Where(v => v.Version >= from && v.Version <= to).ToList();
                return (object?)new ChangelogRange(from, to, versions);
            });

    /// <summary>Adds the paged "changes(filter:)" field to a type whose source holds record changes.</summary>
    public static void Changes<T>(ObjectGraphType<T> type, Func<IResolveFieldContext<T>, IEnumerable<RecordChange>> changes)
    {
        type.Field<NonNullGraphType<RecordChangeConnectionType>>("changes").Paged()
            .Description("The record changes, in version and file order (treaties, countries, events, then retractions).")
            .Argument<RecordChangeFilterType>("filter", "Narrows the list.")
            .Resolve(c => Paging.Cut(Filter(changes(c), c.GetArgument<RecordChangeFilter?>("filter"), c.Reference(),
                // The endpoint awaits the changelog before executing a document that names it, so this task has completed.
                () => c.RequestServices!.GetRequiredService<DatasetChangelog>().ForAsync(c.Loader().Snapshot).GetAwaiter().GetResult().SelectMany(v => v.Changes)).ToList(), c));
    }

    /// <summary>
    /// The changes the filter keeps. A treaty or country is named as anywhere else (code, name or alias), or by the
    /// code of a record the changelog carries though the dataset no longer does (retracted); any other name is NOT_FOUND.
    /// </summary>
    public static IEnumerable<RecordChange> Filter(IEnumerable<RecordChange> changes, RecordChangeFilter? f, ReferenceData reference, Func<IEnumerable<RecordChange>> changelog)
    {
        if (f is null) return changes;
        string? Code(string what, string? name, Func<string, string?> resolve, Func<RecordChange, string?> codeOf) =>
            name is null ? null
            : resolve(name) ?? changelog().Select(codeOf).FirstOrDefault(x => string.Equals(x, name.Trim(), StringComparison.OrdinalIgnoreCase))
              ?? throw new NotFoundError(what, $"filter.{what}", name);
        var treaty = Code("treaty", f.Treaty, n => reference.ResolveTreaty(n)?.Code, x => x.TreatyCode);
        var country = Code("country", f.Country, n => reference.ResolveCountry(n)?.Code, x => x.CountryCode);
        return changes.Where(x =>
            (f.RecordTypes is null || f.RecordTypes.Contains(ChangedRecords.Of(x.RecordType))) &&
            (f.Changes is null || f.Changes.Contains(x.Change)) &&
            (treaty is null || x.TreatyCode == treaty) &&
            (country is null || x.CountryCode == country));
    }
}
