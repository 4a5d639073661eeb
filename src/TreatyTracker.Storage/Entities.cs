using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace TreatyTracker.Storage;

// Plain rows, one class a table, named as a person reading the file with sqlite3 would expect.
// Dates are ISO text (yyyy-MM-dd), enums their SCREAMING_SNAKE names, lists JSON arrays.

/// <summary>A row of a seed record (treaty, country, event): the dataset versions that introduced it and last changed it.</summary>
public abstract class SeedRecordRow
{
    public int IntroducedIn { get; set; }
    public int ChangedIn { get; set; }
}

public sealed class MetaRow
{
    [Key] public required string Key { get; set; }
    public required string Value { get; set; }
}

public sealed class DatasetVersionRow
{
    [Key, DatabaseGenerated(DatabaseGeneratedOption.None)] public int Version { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public LocalDate Date { get; set; }
    public required string Description { get; set; }
    public Instant AppliedAt { get; set; }
}

public sealed class TreatyRow : SeedRecordRow
{
    [Key] public required string Code { get; set; }
    public required string Name { get; set; }
    public required string FullName { get; set; }
    public required string Category { get; set; }
    public required string Scope { get; set; }
    public LocalDate? AdoptedOn { get; set; }
    public LocalDate? OpenedForSignatureOn { get; set; }
    public LocalDate? EntryIntoForceOn { get; set; }
    public LocalDate? TerminatedOn { get; set; }
    public LocalDate? ExpiredOn { get; set; }
    public required string Depositaries { get; set; }
    public required string EifRuleKind { get; set; }
    public int EifRuleN { get; set; }
    public string? EifRuleArticle { get; set; }
    public LocalDate? EifRuleTriggeringDepositOn { get; set; }
    public string? WithdrawalNoticePeriod { get; set; }
    public string? WithdrawalArticle { get; set; }
    public bool WithdrawalArmedConflictClause { get; set; }
    public string? WithdrawalNotes { get; set; }
    public required string CoverageLevel { get; set; }
    public LocalDate CoverageAsOf { get; set; }
    public string? CoverageNote { get; set; }
    public int? CoverageParties { get; set; }
    public required string Sources { get; set; }
    [ForeignKey(nameof(TreatyAliasRow.TreatyCode))] public List<TreatyAliasRow> Aliases { get; set; } = [];
}

[PrimaryKey(nameof(TreatyCode), nameof(Alias))]
public sealed class TreatyAliasRow
{
    public required string TreatyCode { get; set; }
    public required string Alias { get; set; }
}

[Index(nameof(Alpha3))]
public sealed class CountryRow : SeedRecordRow
{
    [Key] public required string Code { get; set; }
    public string? Alpha3 { get; set; }
    public required string Name { get; set; }
    public string? OfficialName { get; set; }
    public required string Kind { get; set; }
    public LocalDate? DissolvedOn { get; set; }
    public required string Successors { get; set; }
    public string? ContinuedBy { get; set; }
    [ForeignKey(nameof(CountryAliasRow.CountryCode))] public List<CountryAliasRow> Aliases { get; set; } = [];
}

[PrimaryKey(nameof(CountryCode), nameof(Alias))]
public sealed class CountryAliasRow
{
    public required string CountryCode { get; set; }
    public required string Alias { get; set; }
}

[Index(nameof(TreatyCode), nameof(CountryCode)), Index(nameof(CountryCode)), Index(nameof(Date))]
public sealed class EventRow : SeedRecordRow
{
    public required string Id { get; set; }
    public required string TreatyCode { get; set; }
    public required string CountryCode { get; set; }
    public required string Kind { get; set; }
    public LocalDate Date { get; set; }
    public required string DatePrecision { get; set; }
    /// <summary>Which day the date is (DEPOSIT unless the depositary's day is unknown; see <see cref="Domain.DateBasis"/>).</summary>
    public required string DateBasis { get; set; }
    public string? Depositary { get; set; }
    public string? Note { get; set; }
    public bool EngagedInArmedConflict { get; set; }
    [ForeignKey(nameof(EventSourceRow.EventId))] public List<EventSourceRow> Sources { get; set; } = [];
}

[PrimaryKey(nameof(EventId), nameof(Position))]
public sealed class EventSourceRow
{
    public required string EventId { get; set; }
    public int Position { get; set; }
    public required string Url { get; set; }
    public required string Publisher { get; set; }
    public string? Notification { get; set; }
    public string? States { get; set; }
}

/// <summary>What each dataset version did to each record: ADDED, CORRECTED or RETRACTED (with the reason).</summary>
[Index(nameof(RecordType), nameof(RecordId))]
public sealed class RecordChangeRow
{
    public int Id { get; set; }
    public int Version { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }
    public required string Change { get; set; }
    public string? Reason { get; set; }
}
