using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Dashboard and journalist questions: withdrawals, status changes, search, counts over time.</summary>
public static class DashboardFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ParticipationConnectionType>>("withdrawals").Paged()
            .Description("Participations with a withdrawal process (its stages on Participation.withdrawal), by effective date; unknown effective dates last. " +
                         "A filter naming no known treaty or country: a NOT_FOUND error.")
            .Argument<WithdrawalFilterType>("filter", "Narrows the list.")
            .Resolve(c =>
            {
                var f = c.GetArgument<WithdrawalFilter?>("filter");
                var reference = c.Reference();
                var treaty = reference.TreatyNamed(f?.Treaty, "filter.treaty");
                var country = reference.CountryNamed(f?.Country, "filter.country");
                var codes = reference.TreatyCodesFor(treaty, country);
                var today = f?.AsOf ?? c.Today();
                return c.Loader().LoadMany(codes).Then(records =>
                {
                    var list = records.SelectMany(r => r.Participations.Values)
                        .Where(p => p.Withdrawal is not null && (country is null || p.CountryCode == country.Code))
                        .Where(p => Matches(p.Withdrawal!, f, today))
                        .OrderBy(p => p.Withdrawal!.EffectiveOn is null).ThenBy(p => p.Withdrawal!.EffectiveOn)
                        .ThenBy(p => p.Withdrawal!.NotifiedOn).ThenBy(p => p.Treaty.Code, StringComparer.Ordinal).ThenBy(p => p.CountryCode, StringComparer.Ordinal)
                        .ToList();
                    return Paging.Cut(list, c);
                });
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusChangeType>>>>("changes")
            .Description("Every change of legal status between two dates (inclusive), by date: who became party, who withdrew, whose ratification was revoked. " +
                         "A treaty or country naming nothing known: a NOT_FOUND error.")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from", "First day, inclusive.")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to", "Last day, inclusive.")
            .Argument<IdGraphType>("treaty", FilterFields.TreatyName)
            .Argument<IdGraphType>("country", FilterFields.CountryName)
            .Resolve(c =>
            {
                var reference = c.Reference();
                var from = c.GetArgument<LocalDate>("from");
                var to = c.GetArgument<LocalDate>("to");
                if (to < from) throw new ExecutionError("'to' is before 'from'") { Code = "BAD_RANGE" };
                var treaty = c.TreatyArg("treaty");
                var country = c.CountryArg("country");
                var codes = reference.TreatyCodesFor(treaty, country);
                var max = Limits(c).MaxChanges;
                return c.Loader().LoadMany(codes).Then(records =>
                {
                    var changes = records.SelectMany(r => r.ChangesBetween(from, to, country?.Code))
                        .OrderBy(x => x.Date).ThenBy(x => x.Treaty.Code, StringComparer.Ordinal).ThenBy(x => x.CountryCode, StringComparer.Ordinal).ToList();
                    if (changes.Count > max)
                        throw new ExecutionError($"{changes.Count} changes in that range, more than the limit of {max}: narrow the range or filter by treaty or country") { Code = "TOO_MANY_RESULTS" };
                    c.TakeRows(changes.Count);
                    return changes;
                });
            });

        query.Field<NonNullGraphType<SearchResultsType>>("search")
            .Description("Treaties and countries by name, alias or code, best match first; case, accents and word order do not matter (\"mine ban\", \"Turkiye\").")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words of a name, alias or code.")
            .Resolve(c =>
            {
                var text = c.GetArgument<string>("text");
                var limit = Limits(c).SearchLimit;
                var reference = c.Reference();
                return new SearchResults(Storage.Search.Treaties(reference, text, limit), Storage.Search.Countries(reference, text, limit));
            });
    }

    public static void AddTo(TreatyType treaty)
    {
        treaty.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("statusCounts")
            .Description("How many states are in each status on asOf (statuses with no state are left out; former states stop counting when they dissolve).")
            .AsOfArgument()
            .Resolve(c =>
            {
                var asOf = c.AsOf();
                return c.Loader().Load(c.Source.Code).Then(r => r is null ? [] : Counts(r, asOf));
            });

        treaty.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusPointType>>>>("statusSeries")
            .Description("Counts per status on each step's date from 'from' to 'to' (inclusive), for charts.")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from", "The first point's date.")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to", "No point after this day.")
            .Argument<DomainEnum<SeriesStep>>("step", "Default: MONTH.")
            .Resolve(c =>
            {
                var from = c.GetArgument<LocalDate>("from");
                var to = c.GetArgument<LocalDate>("to");
                var step = c.GetArgument<SeriesStep?>("step") ?? SeriesStep.Month;
                if (to < from) throw new ExecutionError("'to' is before 'from'") { Code = "BAD_RANGE" };
                var dates = Steps(from, to, step, Limits(c).MaxSeriesPoints);
                c.TakeRows(2 * dates.Count);
                var snapshot = c.Loader().Snapshot;
                return c.Loader().Load(c.Source.Code).Then(r => dates.Select(d => new StatusPoint(d, r is null ? [] : snapshot.Derived(r.Treaty.Code, d, () => Counts(r, d)))).ToList());
            });
    }

    private static IReadOnlyList<StatusCount> Counts(TreatyRecord record, LocalDate date) =>
        record.CountsOn(date).OrderBy(kv => kv.Key).Select(kv => new StatusCount(kv.Key, kv.Value)).ToList();

    private static List<LocalDate> Steps(LocalDate from, LocalDate to, SeriesStep step, int max)
    {
        var dates = new List<LocalDate>();
        for (var i = 0; ; i++)
        {
            var d = step switch { SeriesStep.Day => from.PlusDays(i), SeriesStep.Month => from.PlusMonths(i), _ => from.PlusYears(i) };
            if (d > to) break;
            if (dates.Count == max)
                throw new ExecutionError($"the series has more than {max} points: use a larger step or a shorter range") { Code = "TOO_MANY_RESULTS" };
            dates.Add(d);
        }
        return dates;
    }

    private static bool Matches(Withdrawal w, WithdrawalFilter? f, LocalDate today)
    {
        if (f is null) return true;
        if (f.Status is { } s && w.StatusOn(today) != s) return false;
        if (f.EffectiveFrom is { } ef && !(w.EffectiveOn >= ef)) return false;
        if (f.EffectiveTo is { } et && !(w.EffectiveOn <= et)) return false;
        if (f.NotifiedFrom is { } nf && !(w.NotifiedOn >= nf)) return false;
        if (f.NotifiedTo is { } nt && !(w.NotifiedOn <= nt)) return false;
        if (f.Upcoming is { } up && w.IsPendingOn(today) != up) return false;
        return true;
    }

    private static GraphQLLimits Limits(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value.GraphQL;
}
