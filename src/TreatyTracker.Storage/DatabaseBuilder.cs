using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Storage;

/// <summary>What a build did: which files it applied, and whether it started from scratch.</summary>
public sealed record BuildReport(bool Rebuilt, string? RebuildReason, IReadOnlyList<AppliedFile> Applied, int Version);

public sealed record AppliedFile(int Version, string FileName, int Treaties, int Countries, int Events, int Retractions);

/// <summary>An already-applied seed file was edited, removed or reordered: the database cannot be updated incrementally.</summary>
public sealed class SeedHistoryException(string message) : Exception(message);

/// <summary>
/// Creates or updates the SQLite database from the seed files. Validation runs first and writes nothing;
/// new versions are applied in one transaction; a rebuild writes a new file next to the old one and swaps it
/// in only when complete, so on any error the database is exactly as it was.
/// </summary>
public sealed class DatabaseBuilder(IClock clock)
{
    public BuildReport Build(string dataDirectory, string databasePath, bool rebuild = false, Action<string>? progress = null)
    {
        progress ??= _ => { };
        var today = clock.GetCurrentInstant().InUtc().Date;
        var dataset = SeedValidator.Load(dataDirectory, today);

        string? reason = rebuild ? "--rebuild was asked for" : null;
        if (reason is null && !File.Exists(databasePath)) reason = "no database yet";
        List<DatasetVersionRow> applied = [];
        if (reason is null)
        {
            using var db = Open(databasePath);
            var schema = ReadSchemaVersion(db);
            if (schema != TreatyDb.SchemaVersion) reason = $"database schema {schema?.ToString() ?? "unknown"} is not the code's schema {TreatyDb.SchemaVersion}";
            else applied = db.DatasetVersions.AsNoTracking().OrderBy(v => v.Version).ToList();
        }

        if (reason is not null)
        {
            progress($"Building {databasePath} from scratch ({reason}).");
            var temp = databasePath + ".building";
            DeleteDatabaseFiles(temp);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
            List<AppliedFile> done;
            using (var db = Open(temp))
            {
                db.Database.EnsureCreated();
                // A file being built from scratch is swapped in only when complete, so it needs no crash safety.
                db.Database.ExecuteSqlRaw("PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;");
                done = Apply(db, dataset.Files, progress);
            }
            SqliteConnection.ClearAllPools();
            DeleteDatabaseFiles(databasePath);
            File.Move(temp, databasePath, overwrite: true);
            return new BuildReport(true, reason, done, dataset.Version);
        }

        var byVersion = dataset.Files.ToDictionary(f => f.Version);
        foreach (var row in applied)
        {
            if (!byVersion.TryGetValue(row.Version, out var file))
                throw new SeedHistoryException($"version {row.Version} ({row.FileName}) was applied to the database but is no longer in {dataDirectory}; run build-db --rebuild");
            if (file.Sha256 != row.Sha256)
                throw new SeedHistoryException($"{file.FileName} (version {row.Version}) was edited after it was applied; add a new version file with a correction, or run build-db --rebuild");
        }
        var last = applied.Count == 0 ? 0 : applied[^1].Version;
        var pending = dataset.Files.Where(f => !applied.Any(a => a.Version == f.Version)).ToList();
        if (pending.FirstOrDefault(f => f.Version < last) is { } early)
            throw new SeedHistoryException($"{early.FileName} (version {early.Version}) is older than the newest applied version {last}; give it a higher version number, or run build-db --rebuild");
        if (pending.Count == 0)
        {
            progress($"{databasePath} is up to date (version {last}).");
            return new BuildReport(false, null, [], last);
        }
        using (var db = Open(databasePath))
        {
            var done = Apply(db, pending, progress);
            return new BuildReport(false, null, done, dataset.Version);
        }
    }

    public static TreatyDb Open(string path) => new(TreatyDb.OptionsFor(ConnectionString(path)));

    public static string ConnectionString(string path, bool readOnly = false) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    public static int? ReadSchemaVersion(TreatyDb db)
    {
        try
        {
            var value = db.Meta.AsNoTracking().Where(m => m.Key == "schema_version").Select(m => m.Value).FirstOrDefault();
            return int.TryParse(value, out var v) ? v : null;
        }
        catch (SqliteException)
        {
            return null; // no meta table: not one of ours, or a very old one
        }
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var p in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
            if (File.Exists(p)) File.Delete(p);
    }

    private List<AppliedFile> Apply(TreatyDb db, IReadOnlyList<SeedFile> files, Action<string> progress)
    {
        db.Database.OpenConnection();
        var conn = (SqliteConnection)db.Database.GetDbConnection();
        using var tx = conn.BeginTransaction();
        var w = new Writer(conn, tx);
        var done = new List<AppliedFile>();
        foreach (var file in files)
        {
            foreach (var (t, _, correction) in file.Treaties) w.Treaty(t, file.Version, correction);
            foreach (var (c, _, correction) in file.Countries) w.Country(c, file.Version, correction);
            foreach (var (e, _, correction) in file.Events) w.Event(e, file.Version, correction);
            foreach (var x in file.Retractions) w.Retract(x, file.Version);
            w.Version(file, clock.GetCurrentInstant());
            var summary = new AppliedFile(file.Version, file.FileName, file.Treaties.Count, file.Countries.Count, file.Events.Count, file.Retractions.Count);
            done.Add(summary);
            progress($"  applied {file.FileName} (version {file.Version}): {summary.Treaties} treaties, {summary.Countries} countries, {summary.Events} events, {summary.Retractions} retractions");
        }
        w.Meta("schema_version", TreatyDb.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.Meta("dataset_version", files[^1].Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        tx.Commit();
        return done;
    }

    /// <summary>Prepared statements for the bulk writes (EF Core change tracking is far slower for tens of thousands of rows).</summary>
    private sealed class Writer(SqliteConnection conn, SqliteTransaction tx)
    {
        private readonly Dictionary<string, SqliteCommand> _commands = [];

        private static readonly string[] TreatyColumns =
        [
            "code", "name", "full_name", "category", "scope", "adopted_on", "opened_for_signature_on", "entry_into_force_on",
            "terminated_on", "expired_on", "depositaries", "eif_rule_kind", "eif_rule_n", "eif_rule_article", "eif_rule_triggering_deposit_on",
            "withdrawal_notice_period", "withdrawal_article", "withdrawal_armed_conflict_clause", "withdrawal_notes",
            "coverage_level", "coverage_as_of", "coverage_note", "coverage_parties", "sources", "introduced_in", "changed_in",
        ];
        private static readonly string[] CountryColumns =
            ["code", "alpha3", "name", "official_name", "kind", "dissolved_on", "successors", "continued_by", "introduced_in", "changed_in"];
        private static readonly string[] EventColumns =
        [
            "id", "treaty_code", "country_code", "kind", "date", "date_precision", "date_basis", "depositary", "note", "engaged_in_armed_conflict",
            "introduced_in", "changed_in",
        ];

        private SqliteCommand Command(string sql, int parameters)
        {
            if (_commands.TryGetValue(sql, out var cmd)) return cmd;
            cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            for (var i = 0; i < parameters; i++) cmd.Parameters.Add(new SqliteParameter($"$p{i}", null));
            cmd.Prepare();
            return _commands[sql] = cmd;
        }

        private int Run(string sql, params object?[] values)
        {
            var cmd = Command(sql, values.Length);
            for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
            return cmd.ExecuteNonQuery();
        }

        private static string Upsert(string table, string[] columns) =>
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))}) " +
            $"ON CONFLICT({columns[0]}) DO UPDATE SET {string.Join(", ", columns.Skip(1).Where(c => c != "introduced_in").Select(c => $"{c} = excluded.{c}"))}";

        private static string? D(LocalDate? d) => Dates.Iso(d);
        private static string Json<T>(T value) => JsonSerializer.Serialize(value);

        private void Change(int version, string type, string id, string? correction, string? reason = null) =>
            Run("INSERT INTO record_changes (version, record_type, record_id, change, reason) VALUES ($p0, $p1, $p2, $p3, $p4)",
                version, type, id, reason is not null ? "RETRACTED" : correction is null ? "ADDED" : "CORRECTED", reason ?? correction);

        public void Treaty(Treaty t, int version, string? correction)
        {
            Run(Upsert("treaties", TreatyColumns), t.Code, t.Name, t.FullName, EnumText.Of(t.Category), EnumText.Of(t.Scope), D(t.AdoptedOn),
                D(t.OpenedForSignatureOn), D(t.EntryIntoForceOn), D(t.TerminatedOn), D(t.ExpiredOn), Json(t.Depositaries),
                EnumText.Of(t.EntryIntoForceRule.Kind), t.EntryIntoForceRule.N, t.EntryIntoForceRule.Article, D(t.EntryIntoForceRule.TriggeringDepositOn),
                t.WithdrawalRule.NoticePeriod?.ToString(), t.WithdrawalRule.Article, t.WithdrawalRule.ArmedConflictClause, t.WithdrawalRule.Notes,
                EnumText.Of(t.Coverage.Level), D(t.Coverage.AsOf), t.Coverage.Note, t.Coverage.Parties, Json(t.Sources), version, version);
            Run("DELETE FROM treaty_aliases WHERE treaty_code = $p0", t.Code);
            foreach (var alias in t.Aliases.Distinct()) Run("INSERT INTO treaty_aliases (treaty_code, alias) VALUES ($p0, $p1)", t.Code, alias);
            Change(version, RecordTypes.Treaty, t.Code, correction);
        }

        public void Country(Country c, int version, string? correction)
        {
            Run(Upsert("countries", CountryColumns), c.Code, c.Alpha3, c.Name, c.OfficialName, EnumText.Of(c.Kind), D(c.DissolvedOn),
                Json(c.SuccessorCodes), c.ContinuedBy, version, version);
            Run("DELETE FROM country_aliases WHERE country_code = $p0", c.Code);
            foreach (var alias in c.Aliases.Distinct()) Run("INSERT INTO country_aliases (country_code, alias) VALUES ($p0, $p1)", c.Code, alias);
            Change(version, RecordTypes.Country, c.Code, correction);
        }

        public void Event(TreatyEvent e, int version, string? correction)
        {
            Run(Upsert("events", EventColumns), e.Id, e.TreatyCode, e.CountryCode, EnumText.Of(e.Kind), D(e.Day), EnumText.Of(e.Date.Precision),
                EnumText.Of(e.DateBasis), e.Depositary, e.Note, e.EngagedInArmedConflict, version, version);
            Run("DELETE FROM event_sources WHERE event_id = $p0", e.Id);
            for (var i = 0; i < e.Sources.Count; i++)
            {
                var s = e.Sources[i];
                Run("INSERT INTO event_sources (event_id, position, url, publisher, notification, states) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                    e.Id, i, s.Url, s.Publisher, s.Notification, s.States);
            }
            Change(version, RecordTypes.Event, e.Id, correction);
        }

        public void Retract(Retraction x, int version)
        {
            switch (x.RecordType)
            {
                case RecordTypes.Treaty:
                    Run("DELETE FROM treaty_aliases WHERE treaty_code = $p0", x.Id);
                    Run("DELETE FROM treaties WHERE code = $p0", x.Id);
                    break;
                case RecordTypes.Country:
                    Run("DELETE FROM country_aliases WHERE country_code = $p0", x.Id);
                    Run("DELETE FROM countries WHERE code = $p0", x.Id);
                    break;
                default:
                    Run("DELETE FROM event_sources WHERE event_id = $p0", x.Id);
                    Run("DELETE FROM events WHERE id = $p0", x.Id);
                    break;
            }
            Change(version, x.RecordType, x.Id, null, x.Reason);
        }

        public void Version(SeedFile f, Instant now) =>
            Run("INSERT INTO dataset_versions (version, file_name, sha256, date, description, applied_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                f.Version, f.FileName, f.Sha256, D(f.Date), f.Description, NodaTime.Text.InstantPattern.ExtendedIso.Format(now));

        public void Meta(string key, string value) =>
            Run("INSERT INTO meta (key, value) VALUES ($p0, $p1) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
    }
}
