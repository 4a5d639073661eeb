using GraphQL;
using GraphQL.Types;
using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class RecordChangeType : RecordGraphType<RecordChange>
{
    public RecordChangeType()
    {
        Field<NonNullGraphType<DomainEnum<ChangedRecord>>>("recordType").Description("Treaty, country or event.").Resolve(c => ChangedRecords.Of(c.Source.RecordType));
        Field<StringGraphType>("treaty").Description("The treaty's code (treaties and events).").Resolve(c => c.Source.TreatyCode);
        Field<StringGraphType>("country").Description("The country's code (countries and events).").Resolve(c => c.Source.CountryCode);
        Field<DomainEnum<EventKind>>("kind").Description("For an event: its kind (for a retraction, as it was).").Resolve(c => c.Source.Kind is { } k ? EnumText.Parse<EventKind>(k) : null);
        Field<StringGraphType>("dateText").Description("For an event: its date as known (for a retraction, as it was).").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("fields").Description("For a correction: every field whose value changed, with the old and new value.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("names", "Only these fields (e.g. [\"date\", \"coverage.level\"]).")
            .Resolve(c => c.GetArgument<List<string>?>("names") is { } names ? c.Source.Fields.Where(f => names.Contains(f.Field)).ToList() : c.Source.Fields);
    }
}

public sealed class RecordChangeEdgeType() : EdgeType<RecordChangeType, RecordChange>("RecordChangeEdge");
public sealed class RecordChangeConnectionType() : ConnectionType<RecordChangeType, RecordChangeEdgeType, RecordChange>("RecordChangeConnection");
