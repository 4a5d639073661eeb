using GraphQL;
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
        // What a RecordGraphType's plain fields are typed from: each record its object type, each described enum its DomainEnum.
        this.RegisterTypeMappings(typeof(TreatySchema).Assembly);
        foreach (var assembly in new[] { typeof(Domain.Treaty).Assembly, typeof(Storage.TreatyDb).Assembly, typeof(TreatySchema).Assembly })
            foreach (var type in assembly.GetExportedTypes().Where(t => t.IsEnum && t.IsDefined(typeof(System.ComponentModel.DescriptionAttribute), false)))
                RegisterTypeMapping(type, typeof(DomainEnum<>).MakeGenericType(type));
    }
}
