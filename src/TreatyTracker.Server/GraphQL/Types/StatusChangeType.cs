using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class StatusChangeType : RecordGraphType<StatusChange>
{
    public StatusChangeType()
    {
        CountryField("The state whose status changed.", s => s.CountryCode);
    }
}
