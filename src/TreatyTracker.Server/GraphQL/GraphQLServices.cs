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
        services.AddGraphQL(b => b
            .AddSchema<TreatySchema>()
            .AddGraphTypes(typeof(TreatySchema).Assembly)
            .AddSystemTextJson()
            .AddComplexityAnalyzer((o, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value.GraphQL;
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .UsePersistedDocuments<StoredDocuments>(global::GraphQL.DI.ServiceLifetime.Singleton, o => o.AllowOnlyPersistedDocuments = false));
        services.AddSingleton<ISchema>(sp => sp.GetRequiredService<TreatySchema>());
        return services;
    }
}
