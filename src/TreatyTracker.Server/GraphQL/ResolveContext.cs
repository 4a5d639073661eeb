using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

/// <summary>What resolvers need from the request: the batch loader, the snapshot, today.</summary>
public static class ResolveContext
{
    public static TreatyRecordLoader Loader(this IResolveFieldContext c) => c.RequestServices!.GetRequiredService<TreatyRecordLoader>();
    public static Storage.ReferenceData Reference(this IResolveFieldContext c) => c.Loader().Snapshot.Reference;

    public static LocalDate Today(this IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<IClock>().Today();

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
