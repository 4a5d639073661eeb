using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed record StatusCount(ParticipationStatus Status, int Count);

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Description = "How many states are in one status.";
        Field<NonNullGraphType<DomainEnum<ParticipationStatus>>>("status").Description("The status.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many states.").Resolve(c => c.Source.Count);
    }
}
