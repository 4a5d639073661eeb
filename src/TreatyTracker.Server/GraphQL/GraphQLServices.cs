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
                        : standard(ctx);
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .ConfigureExecution<DocumentCache>()
            .UsePersistedDocuments<StoredDocuments>(global::GraphQL.DI.ServiceLifetime.Singleton, o => o.AllowOnlyPersistedDocuments = false));
        services.AddSingleton<ISchema>(sp => sp.GetRequiredService<TreatySchema>());
        return services;
    }
}
