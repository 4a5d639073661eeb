using Microsoft.EntityFrameworkCore;
using TreatyTracker.Domain;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Storage.Tests;

public class DatabaseBuilderTests
{
    private static DatabaseBuilder Builder() => new(TempDirs.Clock());

    [Fact]
    public void Builds_then_applies_nothing_then_only_the_new_version()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        var first = Builder().Build(dirs.Data, dirs.Db);
        Assert.True(first.Rebuilt);
        Assert.Equal([1], first.Applied.Select(a => a.Version));

        var second = Builder().Build(dirs.Data, dirs.Db);
        Assert.False(second.Rebuilt);
        Assert.Empty(second.Applied);

        dirs.Write("0002-withdrawals.yaml", TempDirs.Withdrawals);
        var third = Builder().Build(dirs.Data, dirs.Db);
        Assert.False(third.Rebuilt);
        Assert.Equal([2], third.Applied.Select(a => a.Version));

        using var db = DatabaseBuilder.Open(dirs.Db);
        Assert.Equal([1, 2], db.DatasetVersions.Select(v => v.Version).OrderBy(v => v).ToList());
        Assert.Equal(3, db.Events.Count());
        var notified = db.Events.Single(e => e.Id == "apmbc-pl-withdrawal-notified");
        Assert.Equal(2, notified.IntroducedIn);
        Assert.Equal(new LocalDate(2025, 8, 20), notified.Date);
        Assert.Equal("WITHDRAWAL_NOTIFIED", notified.Kind);
        Assert.Equal(64, db.DatasetVersions.Single(v => v.Version == 2).Sha256.Length);
    }

    [Fact]
    public void Tables_are_plain_and_dates_are_iso_text()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        Builder().Build(dirs.Data, dirs.Db);
        using var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={dirs.Db}");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT date, kind, typeof(date) FROM events WHERE id = 'apmbc-pl-ratification'";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal("2012-12-27", r.GetString(0));
        Assert.Equal("RATIFICATION", r.GetString(1));
        Assert.Equal("text", r.GetString(2));
    }

    [Fact]
    public void Edited_applied_file_is_refused_by_name_and_rebuild_fixes_it()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        Builder().Build(dirs.Data, dirs.Db);
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline.Replace("date: 2012-12-27", "date: 2012-12-28"));
        var ex = Assert.Throws<SeedHistoryException>(() => Builder().Build(dirs.Data, dirs.Db));
        Assert.Contains("0001-baseline.yaml (version 1) was edited after it was applied", ex.Message);

        var report = Builder().Build(dirs.Data, dirs.Db, rebuild: true);
        Assert.True(report.Rebuilt);
        using var db = DatabaseBuilder.Open(dirs.Db);
        Assert.Equal(new LocalDate(2012, 12, 28), db.Events.Single(e => e.Id == "apmbc-pl-ratification").Date);
    }

    [Fact]
    public void Invalid_new_file_leaves_the_database_exactly_as_it_was()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        Builder().Build(dirs.Data, dirs.Db);
        var before = File.ReadAllBytes(dirs.Db);
        dirs.Write("0002-withdrawals.yaml", TempDirs.Withdrawals.Replace("country: PL", "country: ZZ"));
        var ex = Assert.Throws<SeedValidationException>(() => Builder().Build(dirs.Data, dirs.Db));
        Assert.Contains(ex.Problems, p => p.Location.File == "0002-withdrawals.yaml" && p.Message.Contains("unknown country 'ZZ'"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(dirs.Db));
    }

    [Fact]
    public void Older_schema_is_rebuilt_from_the_seeds()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        Builder().Build(dirs.Data, dirs.Db);
        using (var db = DatabaseBuilder.Open(dirs.Db))
            db.Database.ExecuteSqlRaw("UPDATE meta SET value = '0' WHERE key = 'schema_version'");
        var report = Builder().Build(dirs.Data, dirs.Db);
        Assert.True(report.Rebuilt);
        Assert.Contains("schema 0", report.RebuildReason);
        using var db2 = DatabaseBuilder.Open(dirs.Db);
        Assert.Equal(TreatyDb.SchemaVersion, DatabaseBuilder.ReadSchemaVersion(db2));
    }

    [Fact]
    public void Corrections_and_retractions_keep_history()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-fix.yaml", """
            version: 2
            date: 2026-03-01
            description: corrections
            events:
              - id: apmbc-pl-ratification
                treaty: APMBC
                country: PL
                kind: RATIFICATION
                date: 2012-12-27
                note: checked against the depositary
                correction: note added after checking the depositary page
            retract:
              - {type: event, id: apmbc-pl-signature, reason: test retraction}
            """.Replace("    note: checked", "    sources: [{url: \"https://treaties.un.org/\", publisher: United Nations}]\n    note: checked"));
        Builder().Build(dirs.Data, dirs.Db);
        using var db = DatabaseBuilder.Open(dirs.Db);
        var ratification = db.Events.Single(e => e.Id == "apmbc-pl-ratification");
        Assert.Equal(1, ratification.IntroducedIn);
        Assert.Equal(2, ratification.ChangedIn);
        Assert.False(db.Events.Any(e => e.Id == "apmbc-pl-signature"));
        var changes = db.RecordChanges.Where(c => c.RecordId == "apmbc-pl-signature").OrderBy(c => c.Version).ToList();
        Assert.Equal(["ADDED", "RETRACTED"], changes.Select(c => c.Change));
        Assert.Equal("test retraction", changes[1].Reason);
    }

    [Fact]
    public void Reader_resolves_names_and_builds_domain_records()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-withdrawals.yaml", TempDirs.Withdrawals);
        Builder().Build(dirs.Data, dirs.Db);
        using var db = DatabaseBuilder.Open(dirs.Db);
        var refData = DatasetReader.LoadReference(db, TempDirs.Clock().GetCurrentInstant());
        Assert.Equal(2, refData.Dataset.Version);
        Assert.Equal("APMBC", refData.ResolveTreaty("ottawa convention")!.Code);
        Assert.Equal("APMBC", refData.ResolveTreaty("mine ban treaty")!.Code);
        Assert.Equal("TR", refData.ResolveCountry("turkiye")!.Code);
        Assert.Equal("TR", refData.ResolveCountry("Turkey")!.Code);
        Assert.Equal("PL", refData.ResolveCountry("pol")!.Code);
        Assert.Null(refData.ResolveCountry("Atlantis"));
        var events = DatasetReader.LoadEventsOfTreaties(db, ["APMBC"]);
        var record = TreatyRecord.Build(refData.TreatyByCode["APMBC"], events["APMBC"], refData.ContinuedBy);
        Assert.Equal(new LocalDate(2026, 2, 20), record.For("PL")!.Withdrawal!.EffectiveOn);
    }

    [Fact]
    public void Synthetic_dataset_from_memory_builds_the_same_database_as_from_its_seed_files()
    {
        using var dirs = new TempDirs();
        // 2,000 events in files of 700: the last pair of a file is split across two versions.
        var files = SyntheticDataset.Events(dirs.Data, events: 2000, countries: 30, eventsPerFile: 700);
        Assert.Equal(4, files.Count);
        Assert.Equal(2000, files.Sum(f => f.Events.Count));
        var fromFiles = Builder().Build(dirs.Data, dirs.Db);
        var memoryDb = Path.Combine(dirs.Root, "memory.db");
        var fromMemory = Builder().Build(files, memoryDb);
        Assert.Equal(fromFiles.Applied, fromMemory.Applied);
        Assert.Equal(Dump(dirs.Db), Dump(memoryDb));
        // The files on disk are exactly the applied ones: a later start finds the database up to date without parsing.
        Assert.Equal(4, DatabaseBuilder.UpToDate(dirs.Data, memoryDb));
    }

    [Fact]
    public void Rows_read_back_are_the_records_written_and_the_schema_is_the_models()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        dirs.Write("0002-withdrawals.yaml", TempDirs.Withdrawals);
        var dataset = SeedValidator.Load(dirs.Data);
        Builder().Build(dirs.Data, dirs.Db);
        using var db = DatabaseBuilder.Open(dirs.Db);
        var reference = DatasetReader.LoadReference(db, TempDirs.Clock().GetCurrentInstant());
        // (the reader gives aliases in code-point order)
        foreach (var (code, t) in dataset.Treaties)
            Assert.Equal(Json(t.Value with { Aliases = t.Value.Aliases.Order(StringComparer.Ordinal).ToList() }), Json(reference.TreatyByCode[code]));
        foreach (var (code, c) in dataset.Countries)
            Assert.Equal(Json(c.Value with { Aliases = c.Value.Aliases.Order(StringComparer.Ordinal).ToList() }), Json(reference.CountryByCode[code]));
        var events = DatasetReader.LoadEventsOfTreaties(db, dataset.Treaties.Keys.ToList()).Values.SelectMany(e => e).ToDictionary(e => e.Id);
        Assert.Equal(dataset.Events.Count, events.Count);
        foreach (var (id, e) in dataset.Events) Assert.Equal(Json(e.Value), Json(events[id]));

        // Tables and indexes (created after the load) are those EF Core creates for the model.
        var created = Path.Combine(dirs.Root, "created.db");
        using (var empty = DatabaseBuilder.Open(created)) empty.Database.EnsureCreated();
        Assert.Equal(Schema(created), Schema(dirs.Db));
    }

    [Fact]
    public void Up_to_date_only_when_the_files_are_exactly_the_applied_ones()
    {
        using var dirs = new TempDirs();
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline);
        Assert.Null(DatabaseBuilder.UpToDate(dirs.Data, dirs.Db)); // no database yet
        Builder().Build(dirs.Data, dirs.Db);
        Assert.Equal(1, DatabaseBuilder.UpToDate(dirs.Data, dirs.Db));
        dirs.Write("0002-withdrawals.yaml", TempDirs.Withdrawals);
        Assert.Null(DatabaseBuilder.UpToDate(dirs.Data, dirs.Db)); // a new file
        File.Delete(Path.Combine(dirs.Data, "0002-withdrawals.yaml"));
        dirs.Write("0001-baseline.yaml", TempDirs.Baseline + "\n");
        Assert.Null(DatabaseBuilder.UpToDate(dirs.Data, dirs.Db)); // an edited file
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>Every row of every table, as text, in a stable order.</summary>
    private static List<string> Dump(string path)
    {
        using var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        conn.Open();
        var rows = new List<string>();
        foreach (var table in Query(conn, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
            rows.AddRange(Query(conn, $"SELECT * FROM \"{table}\"").Select(r => $"{table}: {r}").Order(StringComparer.Ordinal));
        return rows;
    }

    private static List<string> Schema(string path)
    {
        using var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        conn.Open();
        return Query(conn, "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    }

    private static List<string> Query(Microsoft.Data.Sqlite.SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var result = new List<string>();
        while (r.Read()) result.Add(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return result;
    }
}
