using GraphQL;
using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Treaty status: who is bound by which arms-control treaty, on any date, with the source of every date.";

        Field<NonNullGraphType<DatasetType>>("dataset").Description("The dataset version answering this request.")
            .Resolve(c => c.Reference().Dataset);

        Field<TreatyType>("treaty").Description("A treaty by code, name or alias, case-insensitive: \"APMBC\", \"Ottawa Convention\". " +
            "A name that matches no treaty: null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("code", FilterFields.TreatyName)
            .Resolve(c => c.TreatyArg("code"));

        Field<NonNullGraphType<TreatyConnectionType>>("treaties").Paged().Description("All treaties, by code.")
            .Argument<TreatyFilterType>("filter", "Narrows the list.")
            .Resolve(c =>
            {
                var f = c.GetArgument<TreatyFilter?>("filter");
                var list = c.Reference().Treaties.Where(t => f is null ||
                    ((f.Category is null || t.Category == f.Category) && (f.Scope is null || t.Scope == f.Scope) &&
                     (f.Text is null || Search.AnyContains(t.Names, f.Text)))).ToList();
                return Paging.Cut(list, c);
            });

        Field<CountryType>("country").Description("A country by alpha-2, alpha-3, name or alias, case-insensitive: \"PL\", \"POL\", \"Poland\", \"Turkey\". " +
            "A name that matches no country: null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("code", FilterFields.CountryName)
            .Resolve(c => c.CountryArg("code"));

        Field<NonNullGraphType<CountryConnectionType>>("countries").Paged().Description("All countries, by code.")
            .Argument<CountryFilterType>("filter", "Narrows the list.")
            .Resolve(c =>
            {
                var f = c.GetArgument<CountryFilter?>("filter");
                var list = c.Reference().Countries.Where(k => f is null ||
                    ((f.Kind is null || k.Kind == f.Kind) &&
                     (f.Text is null || Search.AnyContains(k.Names, f.Text)))).ToList();
                return Paging.Cut(list, c);
            });

        Field<ParticipationType>("participation").Description("A country's record in a treaty; null, without an error, when the record holds no act of that country. " +
            "Where the treaty's coverage is PARTIAL, null means 'not recorded', not 'never took part'. A name that matches no treaty or country: null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("treaty", FilterFields.TreatyName)
            .Argument<NonNullGraphType<IdGraphType>>("country", FilterFields.CountryName)
            .Resolve(c => c.TreatyArg("treaty") is { } treaty && c.CountryArg("country") is { } country
                ? c.Loader().Load(treaty.Code).Then(r => r?.For(country.Code)) : null);

        Field<NonNullGraphType<EventConnectionType>>("events").Paged().Description("The timeline across treaties and states, by date. A filter naming no known treaty or country: a NOT_FOUND error.")
            .Argument<EventFilterType>("filter", "Narrows the list.")
            .ResolveAsync(async c =>
            {
                var f = c.GetArgument<EventFilter?>("filter");
                var reference = c.Reference();
                var treaty = reference.TreatyNamed(f?.Treaty, "filter.treaty");
                var country = reference.CountryNamed(f?.Country, "filter.country");
                var codes = reference.TreatyCodesFor(treaty, country);
                var records = await c.Loader().LoadMany(codes).GetResultAsync(c.CancellationToken);
                var all = country is null
                    ? TreatyRecord.TimelineOf(records.OfType<TreatyRecord>())
                    : EventKinds.TimelineOrder(records.Select(r => r.For(country.Code)).OfType<ParticipationRecord>().SelectMany(p => p.Events));
                var list = Timeline.Filter(all, f is null ? null : new TimelineFilter(f.Kinds, f.From, f.To, f.Derived));
                return Paging.Cut(list, c);
            });

        DashboardFields.AddTo(this);
        ChangelogFields.AddTo(this);
        CitationFields.AddTo(this);

        Field<NodeInterface>("node").Description("Any object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from any object's id field.")
            // An id that names no object (not an id of ours, or of no record in this dataset) is NOT_FOUND, as any name matching nothing.
            .ResolveAsync(async c => await NodeOf(c, c.GetArgument<string>("id")) ?? throw new NotFoundError("node", "id", c.GetArgument<string>("id")));
    }

    private static async Task<object?> NodeOf(IResolveFieldContext c, string id)
    {
        if (GlobalId.Parse(id) is not var (type, key)) return null;
        var reference = c.Reference();
        switch (type)
        {
            case "Treaty": return reference.TreatyByCode.GetValueOrDefault(key);
            case "Country": return reference.CountryByCode.GetValueOrDefault(key);
            case "Participation" or "Event":
                var slash = key.IndexOf('/');
                if (slash < 0 || !reference.TreatyByCode.ContainsKey(key[..slash])) return null;
                var record = await c.Loader().Load(key[..slash]).GetResultAsync(c.CancellationToken);
                if (record is null) return null;
                var rest = key[(slash + 1)..];
                return type == "Participation" ? record.For(rest) : record.Timeline().FirstOrDefault(e => e.Id == rest);
            default: return null;
        }
    }
}
