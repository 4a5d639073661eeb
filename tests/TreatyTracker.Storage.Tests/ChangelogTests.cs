using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Storage.Tests;

/// <summary>What changed between dataset versions, replayed from the shipped seed files.</summary>
public sealed class ChangelogTests
{
    private static readonly Lazy<IReadOnlyList<VersionChanges>> Shipped = new(() =>
    {
        var problems = new List<SeedProblem>();
        var files = SeedParser.Discover(ShippedDataTests.RepoData()).Select(p => SeedParser.Parse(p, problems)).ToList();
        Assert.Empty(problems);
        return Changelog.Of(files);
    });

    [Fact]
    public void A_corrected_event_carries_its_old_and_new_values_and_the_reason()
    {
        var v10 = Shipped.Value.Single(v => v.Version == 10);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 27), v10.Date);
        var angola = v10.Changes.Single(c => c.RecordId == "geneva_protocol-ao-accession");
        Assert.Equal(RecordChangeKind.Corrected, angola.Change);
        Assert.Equal(("GENEVA_PROTOCOL", "AO", "ACCESSION", "1990-10-30"), (angola.TreatyCode, angola.CountryCode, angola.Kind, angola.Date));
        Assert.Contains("Portuguese Aviso 5/91", angola.Reason);
        var date = angola.Fields.Single(f => f.Field == "date");
        Assert.Equal(("1990-11-08", "1990-10-30"), (date.Before, date.After));
        Assert.Contains(angola.Fields, f => f.Field == "note");
        Assert.DoesNotContain(angola.Fields, f => f.Field is "kind" or "treatyCode" or "day"); // unchanged, and derived properties are not fields
    }

    [Fact]
    public void A_treaty_correction_lists_only_the_fields_that_changed()
    {
        var v10 = Shipped.Value.Single(v => v.Version == 10);
        var geneva = v10.Changes.Single(c => c.RecordType == "treaty" && c.RecordId == "GENEVA_PROTOCOL");
        Assert.Equal(RecordChangeKind.Corrected, geneva.Change);
        Assert.Contains(geneva.Fields, f => f.Field == "coverage.note");
        Assert.All(geneva.Fields, f => Assert.NotEqual(f.Before, f.After));
        Assert.DoesNotContain(geneva.Fields, f => f.Field == "code");
    }

    [Fact]
    public void A_retraction_keeps_what_was_retracted_and_why()
    {
        var v5 = Shipped.Value.Single(v => v.Version == 5);
        var si = v5.Changes.Single(c => c.RecordId == "open-skies-si-entry-into-force");
        Assert.Equal(RecordChangeKind.Retracted, si.Change);
        Assert.Equal(("OPEN_SKIES", "SI", "ENTRY_INTO_FORCE", "2004-11-24"), (si.TreatyCode, si.CountryCode, si.Kind, si.Date));
        Assert.Contains("shifted by one 60-day step", si.Reason);
    }

    [Fact]
    public void Replaying_every_change_gives_the_validated_dataset()
    {
        var dataset = SeedValidator.Load(ShippedDataTests.RepoData(), NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date);
        var live = new HashSet<(string, string)>();
        foreach (var c in Shipped.Value.SelectMany(v => v.Changes))
            if (c.Change == RecordChangeKind.Retracted) Assert.True(live.Remove((c.RecordType, c.RecordId)));
            else if (c.Change == RecordChangeKind.Added) Assert.True(live.Add((c.RecordType, c.RecordId)), c.RecordId);
            else Assert.Contains((c.RecordType, c.RecordId), live);
        Assert.Equal(dataset.Events.Count, live.Count(x => x.Item1 == "event"));
        Assert.Equal(dataset.Treaties.Count, live.Count(x => x.Item1 == "treaty"));
        Assert.Equal(dataset.Countries.Count, live.Count(x => x.Item1 == "country"));
        Assert.Equal(dataset.Files.Select(f => f.Version), Shipped.Value.Select(v => v.Version));
    }
}
