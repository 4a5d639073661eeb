using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.GraphQL;

public static class Paging
{
    public static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    private static int Offset(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(7), out var n) && n >= 0) return n;
        }
        catch (FormatException) { }
        throw new ExecutionError($"'{argument}' is not a cursor returned by this API") { Code = "BAD_CURSOR" };
    }

    /// <summary>Cuts a page with first/after or last/before; page sizes are checked against the configured limits.</summary>
    public static Page<T> Cut<T>(IReadOnlyList<T> all, IResolveFieldContext ctx)
    {
        var limits = ctx.RequestServices!.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value.GraphQL;
        var first = ctx.GetArgument<int?>("first");
        var last = ctx.GetArgument<int?>("last");
        var after = ctx.GetArgument<string?>("after");
        var before = ctx.GetArgument<string?>("before");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
            if (value is { } v && (v < 1 || v > limits.MaxPageSize))
                throw new ExecutionError($"'{name}' must be between 1 and {limits.MaxPageSize}") { Code = "BAD_PAGE_SIZE" };
        if (first is not null && last is not null)
            throw new ExecutionError("use either 'first' or 'last', not both") { Code = "BAD_PAGE_SIZE" };

        var start = after is null ? 0 : Math.Min(Offset(after, "after") + 1, all.Count);
        var end = before is null ? all.Count : Math.Min(Offset(before, "before"), all.Count);
        if (end < start) end = start;
        if (last is { } l) start = Math.Max(start, end - l);
        else end = Math.Min(end, start + (first ?? limits.DefaultPageSize));
        var edges = new List<(string, T)>(end - start);
        for (var i = start; i < end; i++) edges.Add((Cursor(i), all[i]));
        return new Page<T>(edges, all.Count, start > 0, end < all.Count);
    }

    /// <summary>Makes the field a paged list: adds first, after, last and before (what <see cref="Cut"/> reads).</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder)
    {
        builder.FieldType.PagingArguments();
        return builder;
    }

    private static void PagingArguments(this FieldType field)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "first", Description = "Page size from the start (1–100 by default; default 20)." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor: return items after this one." });
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "last", Description = "Page size from the end." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor: return items before this one." });
    }
}
