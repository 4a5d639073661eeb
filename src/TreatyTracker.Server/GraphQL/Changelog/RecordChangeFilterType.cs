using GraphQL.Types;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed record RecordChangeFilter(IReadOnlyList<ChangedRecord>? RecordTypes, IReadOnlyList<RecordChangeKind>? Changes, string? Treaty, string? Country);

public sealed class RecordChangeFilterType : InputObjectGraphType<RecordChangeFilter>
{
    public RecordChangeFilterType()
    {
        Name = "RecordChangeFilter";
        Description = "Narrows a list of record changes.";
        Field<ListGraphType<NonNullGraphType<DomainEnum<ChangedRecord>>>>("recordTypes").Description("Only these kinds of record.");
        Field<ListGraphType<NonNullGraphType<DomainEnum<RecordChangeKind>>>>("changes").Description("Only these kinds of change.");
        Field<IdGraphType>("treaty").Description("Only changes about this treaty (code, name or alias, or the code of a retracted treaty) and its events; any other name: a NOT_FOUND error.");
        Field<IdGraphType>("country").Description("Only changes about this country (alpha-2, alpha-3, name or alias, or the code of a retracted country) and its events; any other name: a NOT_FOUND error.");
    }
}
