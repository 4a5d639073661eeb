using System.ComponentModel;

namespace TreatyTracker.Server.GraphQL;

/// <summary>The kinds of record a seed file holds.</summary>
[Description("The kind of record a change is about.")]
public enum ChangedRecord
{
    [Description("A treaty (its rules, milestones and coverage).")]
    Treaty,
    [Description("A country.")]
    Country,
    [Description("A recorded act of a state.")]
    Event,
}

public static class ChangedRecords
{
    /// <summary>The kind of a stored change's record type ("treaty", "country", "event").</summary>
    public static ChangedRecord Of(string recordType) => Enum.Parse<ChangedRecord>(recordType, ignoreCase: true);
}
