using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class StatusChangeType : RecordGraphType<StatusChange>
{
    public StatusChangeType()
    {
        Field<NonNullGraphType<CountryType>>("country").Description("The state whose status changed.").Resolve(c => c.Reference().CountryByCode[c.Source.CountryCode]);
    }
}
