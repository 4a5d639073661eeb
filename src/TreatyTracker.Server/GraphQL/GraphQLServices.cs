using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.GraphQL;

public static class GraphQLServices
{
    /// <summary>The schema, its types, the limits and the per-request batch loader.</summary>
    public static IServiceCollection AddTreatyGraphQL(this IServiceCollection services)
    {
        services.AddScoped<TreatyRecordLoader>();
        services.AddSingleton<StoredDocuments>();
        services.AddSingleton<Http.ResponseCache>();
        services.AddSingleton<Http.DocumentScans>();
        services.AddGraphQL(b => b
            .AddSchema<TreatySchema>()
            .AddGraphTypes(typeof(TreatySchema).Assembly)
            .AddSystemTextJson()
            .AddComplexityAnalyzer((o, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value.GraphQL;
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
                // Introspection reads the schema, whose size is fixed: its fields count once each instead of being
                // multiplied as data lists are. It stays subject to the depth, length and time limits.
                var standard = o.DefaultComplexityImpactDelegate;
                o.DefaultComplexityImpactDelegate = ctx =>
                    ctx.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || ctx.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new global::GraphQL.Validation.Complexity.FieldComplexityResult(1, 1)
                        : ListSizes.TryGetValue((ctx.ParentType.Name, ctx.FieldDefinition.Name), out var size)
                            ? new global::GraphQL.Validation.Complexity.FieldComplexityResult(1, size)
                            : standard(ctx);
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .ConfigureExecution<DocumentCache>()
            .UsePersistedDocuments<StoredDocuments>(global::GraphQL.DI.ServiceLifetime.Singleton, o => o.AllowOnlyPersistedDocuments = false));
        services.AddSingleton<ISchema>(sp => sp.GetRequiredService<TreatySchema>());
        return services;
    }

    /// <summary>
    /// How many items the complexity analyser assumes for a list that is not paged (it assumes 20 for every other list, and
    /// first/last or the page size for connections): what the data holds at most, so that a document's estimate follows
    /// the work it causes. With the flat 20, a country's participations (one per treaty: 41 today) were underestimated
    /// (20 aliased pages of 100 countries passed at 0.8 s of CPU) and an event's sources (1-3) overestimated 10 times
    /// (the stored withdrawals document was estimated at 129,503).
    /// </summary>
    private static readonly Dictionary<(string Type, string Field), double> ListSizes = new()
    {
        [("Country", "participations")] = 45, // one per treaty
        [("Country", "successors")] = 15,     // the USSR's
        [("Participation", "events")] = 8,
        [("Participation", "withdrawals")] = 2,
        [("Withdrawal", "events")] = 4,       // announced, notified, effective, rescinded
        [("Event", "sources")] = 3,
        [("Treaty", "sources")] = 10,
        [("StatusPoint", "counts")] = 6,      // one per status present
    };
}
