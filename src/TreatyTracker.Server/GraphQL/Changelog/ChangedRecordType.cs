namespace TreatyTracker.Server.GraphQL;

/// <summary>The kinds of record a seed file holds.</summary>
public enum ChangedRecord { Treaty, Country, Event }

public sealed class ChangedRecordType() : DomainEnum<ChangedRecord>("ChangedRecord", "The kind of record a change is about.", new Dictionary<ChangedRecord, string>
{
    [ChangedRecord.Treaty] = "A treaty (its rules, milestones and coverage).",
    [ChangedRecord.Country] = "A country.",
    [ChangedRecord.Event] = "A recorded act of a state.",
})
{
    public static ChangedRecord Of(string recordType) => Enum.Parse<ChangedRecord>(recordType, ignoreCase: true);
}
