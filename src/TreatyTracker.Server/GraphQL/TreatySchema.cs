using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

public sealed class TreatySchema : Schema
{
    public TreatySchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Description = "TreatyTracker: the status of arms-control treaties.";
        RegisterTypeMapping(typeof(NodaTime.LocalDate), typeof(LocalDateGraphType));
        RegisterTypeMapping(typeof(NodaTime.Period), typeof(PeriodGraphType));
        RegisterTypeMapping(typeof(NodaTime.Instant), typeof(InstantGraphType));
    }
}
