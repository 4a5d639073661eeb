using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

/// <summary>What resolvers need from the request: the batch loader, the snapshot, today.</summary>
/// <remarks>
/// The HTTP endpoint puts the request's loader and today's date in the execution's user context once
/// (<see cref="Put"/>), so the hundreds of resolvers of a list answer read a dictionary entry instead of asking the
/// request's service scope each time (profiled: a visible share of an uncached status query), and every field of
/// one answer sees the same "today", also across midnight. Without them (an executer called directly) both come
/// from the request services.
/// </remarks>
public static class ResolveContext
{
    private const string Key = "TreatyTracker.Request";

    private sealed record RequestState(TreatyRecordLoader Loader, LocalDate Today, RowBudget Rows);

    /// <summary>
    /// Puts the request's loader, today (on the server's clock) and its row budget (<c>MaxRowsPerRequest</c>) where
    /// <see cref="Loader"/>, <see cref="Today"/> and <see cref="TakeRows"/> read them.
    /// </summary>
    public static void Put(IDictionary<string, object?> userContext, IServiceProvider requestServices) =>
        userContext[Key] = new RequestState(requestServices.GetRequiredService<TreatyRecordLoader>(), requestServices.GetRequiredService<IClock>().Today(),
            new RowBudget(requestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<TreatyTrackerOptions>>().Value.GraphQL.MaxRowsPerRequest));

    /// <summary>
    /// Takes <paramref name="rows"/> from the request's row budget before a range field builds them; beyond it, a
    /// TOO_MANY_RESULTS field error. An executer called directly (no <see cref="Put"/>) has no budget.
    /// </summary>
    public static void TakeRows(this IResolveFieldContext c, int rows)
    {
        if (State(c)?.Rows is { } budget && !budget.TryTake(rows))
            throw new ExecutionError($"this request's range fields return more than {budget.Max} rows together (a statusSeries point counts 2, a change 1): " +
                                     "ask for fewer series, a larger step or a shorter range") { Code = "TOO_MANY_RESULTS" };
    }

    /// <summary>Rows left to one request; range fields resolve in parallel, so it is taken atomically, and a refused take is given back.</summary>
    private sealed class RowBudget(int max)
    {
        private int _taken;
        public int Max => max;

        public bool TryTake(int rows)
        {
            if (Interlocked.Add(ref _taken, rows) <= max) return true;
            Interlocked.Add(ref _taken, -rows);
            return false;
        }
    }

    private static RequestState? State(IResolveFieldContext c) => c.UserContext.TryGetValue(Key, out var state) ? state as RequestState : null;

    public static TreatyRecordLoader Loader(this IResolveFieldContext c) => State(c)?.Loader ?? c.RequestServices!.GetRequiredService<TreatyRecordLoader>();
    public static Storage.ReferenceData Reference(this IResolveFieldContext c) => c.Loader().Snapshot.Reference;

    public static LocalDate Today(this IResolveFieldContext c) =>
        State(c)?.Today ?? c.RequestServices!.GetRequiredService<IClock>().Today();

    /// <summary>The "asOf" argument, or today on the server's clock.</summary>
    public static LocalDate AsOf(this IResolveFieldContext c) => c.GetArgument<LocalDate?>("asOf") ?? c.Today();

    /// <summary>Declares the "asOf" argument that <see cref="AsOf"/> reads.</summary>
    public static FieldBuilder<TSource, TReturn> AsOfArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.");

    /// <summary>The treaty an argument names (null when the argument is absent); an unknown name is a NOT_FOUND field error.</summary>
    public static Treaty? TreatyArg(this IResolveFieldContext c, string name) => c.Reference().TreatyNamed(c.GetArgument<string?>(name), name);

    /// <summary>The country an argument names (null when the argument is absent); an unknown name is a NOT_FOUND field error.</summary>
    public static Country? CountryArg(this IResolveFieldContext c, string name) => c.Reference().CountryNamed(c.GetArgument<string?>(name), name);
}
