using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
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
        if (!rebuild && UpToDate(dataDirectory, databasePath) is { } version)
        {
            progress($"{databasePath} is up to date (version {version}).");
            return new BuildReport(false, null, [], version);
        }
        var today = clock.Today();
        return Build(() => SeedValidator.Load(dataDirectory, today), dataDirectory, databasePath, rebuild, progress);
    }

    /// <summary>Builds from seed files already read (a synthetic dataset): validated exactly as files read from a directory.</summary>
    public BuildReport Build(IReadOnlyList<SeedFile> files, string databasePath, bool rebuild = false, Action<string>? progress = null)
    {
        var today = clock.Today();
        return Build(() => SeedValidator.Validate(files.ToList(), [], today), "the given seed files", databasePath, rebuild, progress ?? (_ => { }));
    }

    /// <summary>
    /// The applied version when the database already holds exactly the directory's files (same names, same SHA-256):
    /// then nothing needs parsing, which keeps a server start fast however large the dataset. Null otherwise.
    /// </summary>
    public static int? UpToDate(string dataDirectory, string databasePath)
    {
        if (!File.Exists(databasePath)) return null;
        List<DatasetVersionRow> applied;
        using (var db = new TreatyDb(TreatyDb.OptionsFor(ConnectionString(databasePath, readOnly: true))))
        {
            if (ReadSchemaVersion(db) != TreatyDb.SchemaVersion) return null;
            applied = db.DatasetVersions.AsNoTracking().OrderBy(v => v.Version).ToList();
        }
        var paths = SeedParser.Discover(dataDirectory);
        if (applied.Count == 0 || paths.Count != applied.Count) return null;
        var onDisk = paths.ToDictionary(p => Path.GetFileName(p), StringComparer.Ordinal);
        foreach (var row in applied)
            if (!onDisk.TryGetValue(row.FileName, out var path) || Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))) != row.Sha256)
                return null;
        return applied[^1].Version;
    }

    private BuildReport Build(Func<SeedDataset> load, string dataDirectory, string databasePath, bool rebuild, Action<string> progress)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var dataset = load();
        progress($"validated {dataset.Files.Count} file(s) in {watch.Elapsed.TotalSeconds:0.0} s");

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
                // A file being built from scratch is swapped in only when complete, so it needs no crash safety; a large
                // page cache keeps the b-trees in memory while they grow.
                db.Database.ExecuteSqlRaw("PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144;");
                Schema.CreateTables(db);
                done = Apply(db, dataset.Files, progress, fresh: true);
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

    /// <summary>The SQLite file and its journal files, where present.</summary>
    public static void DeleteDatabaseFiles(string path)
    {
        foreach (var p in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
            if (File.Exists(p)) File.Delete(p);
    }

    private List<AppliedFile> Apply(TreatyDb db, IReadOnlyList<SeedFile> files, Action<string> progress, bool fresh = false)
    {
        db.Database.OpenConnection();
        var conn = (SqliteConnection)db.Database.GetDbConnection();
        using var tx = conn.BeginTransaction();
        using var w = new Writer(db.Model, conn);
        var done = new List<AppliedFile>();
        foreach (var file in files)
        {
            // Ordered by key, new rows extend the primary-key b-trees at their end instead of splitting pages all over.
            foreach (var (t, _, correction) in file.Treaties.OrderBy(t => t.Value.Code, StringComparer.Ordinal))
                w.Write(Rows.Of(t, file.Version), correction, RecordTypes.Treaty, t.Code, file.Version);
            foreach (var (c, _, correction) in file.Countries.OrderBy(c => c.Value.Code, StringComparer.Ordinal))
                w.Write(Rows.Of(c, file.Version), correction, RecordTypes.Country, c.Code, file.Version);
            foreach (var (e, _, correction) in file.Events.OrderBy(e => e.Value.Id, StringComparer.Ordinal))
                w.Write(Rows.Of(e, file.Version), correction, RecordTypes.Event, e.Id, file.Version);
            foreach (var x in file.Retractions) w.Retract(x, file.Version);
            w.Insert(new DatasetVersionRow
            {
                Version = file.Version, FileName = file.FileName, Sha256 = file.Sha256, Date = file.Date, Description = file.Description,
                AppliedAt = clock.GetCurrentInstant(),
            });
            var summary = new AppliedFile(file.Version, file.FileName, file.Treaties.Count, file.Countries.Count, file.Events.Count, file.Retractions.Count);
            done.Add(summary);
            progress($"  applied {file.FileName} (version {file.Version}): {summary.Treaties} treaties, {summary.Countries} countries, {summary.Events} events, {summary.Retractions} retractions");
        }
        w.Upsert(new MetaRow { Key = "schema_version", Value = TreatyDb.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        w.Upsert(new MetaRow { Key = "dataset_version", Value = files[^1].Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (fresh) Schema.CreateIndexes(db, conn, tx);
        tx.Commit();
        return done;
    }

    /// <summary>The tables and indexes EF Core would create for <see cref="TreatyDb"/>, split so that a fresh build creates the indexes after the load.</summary>
    private static class Schema
    {
        private static List<MigrationOperation> Operations(TreatyDb db) =>
            db.GetService<IMigrationsModelDiffer>().GetDifferences(null, db.GetService<IDesignTimeModel>().Model.GetRelationalModel()).ToList();

        public static void CreateTables(TreatyDb db) => Run(db, null, null, Operations(db).Where(o => o is not CreateIndexOperation).ToList());

        public static void CreateIndexes(TreatyDb db, SqliteConnection conn, SqliteTransaction tx) =>
            Run(db, conn, tx, Operations(db).OfType<CreateIndexOperation>().Cast<MigrationOperation>().ToList());

        private static void Run(TreatyDb db, SqliteConnection? conn, SqliteTransaction? tx, List<MigrationOperation> operations)
        {
            foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(operations, db.Model))
            {
                if (conn is null) { db.Database.ExecuteSqlRaw(command.CommandText); continue; }
                using var cmd = conn.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = command.CommandText;
                cmd.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Domain records as table rows (the inverse of <see cref="DatasetReader"/>).</summary>
    private static class Rows
    {
        public static TreatyRow Of(Treaty t, int version) => new()
        {
            Code = t.Code, Name = t.Name, FullName = t.FullName, Category = EnumText.Of(t.Category), Scope = EnumText.Of(t.Scope),
            AdoptedOn = t.AdoptedOn, OpenedForSignatureOn = t.OpenedForSignatureOn, EntryIntoForceOn = t.EntryIntoForceOn,
            TerminatedOn = t.TerminatedOn, ExpiredOn = t.ExpiredOn, Depositaries = JsonSerializer.Serialize(t.Depositaries),
            EifRuleKind = EnumText.Of(t.EntryIntoForceRule.Kind), EifRuleN = t.EntryIntoForceRule.N, EifRuleArticle = t.EntryIntoForceRule.Article,
            EifRuleTriggeringDepositOn = t.EntryIntoForceRule.TriggeringDepositOn, WithdrawalNoticePeriod = t.WithdrawalRule.NoticePeriod?.ToString(),
            WithdrawalArticle = t.WithdrawalRule.Article, WithdrawalArmedConflictClause = t.WithdrawalRule.ArmedConflictClause,
            WithdrawalNotes = t.WithdrawalRule.Notes, CoverageLevel = EnumText.Of(t.Coverage.Level), CoverageAsOf = t.Coverage.AsOf,
            CoverageNote = t.Coverage.Note, CoverageParties = t.Coverage.Parties, Sources = JsonSerializer.Serialize(t.Sources),
            IntroducedIn = version, ChangedIn = version,
            Aliases = t.Aliases.Distinct().Select(a => new TreatyAliasRow { TreatyCode = t.Code, Alias = a }).ToList(),
        };

        public static CountryRow Of(Country c, int version) => new()
        {
            Code = c.Code, Alpha3 = c.Alpha3, Name = c.Name, OfficialName = c.OfficialName, Kind = EnumText.Of(c.Kind), DissolvedOn = c.DissolvedOn,
            Successors = JsonSerializer.Serialize(c.SuccessorCodes), ContinuedBy = c.ContinuedBy, IntroducedIn = version, ChangedIn = version,
            Aliases = c.Aliases.Distinct().Select(a => new CountryAliasRow { CountryCode = c.Code, Alias = a }).ToList(),
        };

        public static EventRow Of(TreatyEvent e, int version) => new()
        {
            Id = e.Id, TreatyCode = e.TreatyCode, CountryCode = e.CountryCode!, Kind = EnumText.Of(e.Kind), Date = e.Day,
            DatePrecision = EnumText.Of(e.Date.Precision), DateBasis = EnumText.Of(e.DateBasis), Depositary = e.Depositary, Note = e.Note, EngagedInArmedConflict = e.EngagedInArmedConflict,
            IntroducedIn = version, ChangedIn = version,
            Sources = e.Sources.Select((s, i) => new EventSourceRow
            {
                EventId = e.Id, Position = i, Url = s.Url, Publisher = s.Publisher, Notification = s.Notification, States = s.States,
            }).ToList(),
        };
    }

    /// <summary>
    /// Writes rows with one prepared statement per table and kind of write, in the caller's transaction. Tables, columns,
    /// keys, child collections and value conversions all come from the EF Core model of <see cref="TreatyDb"/>, so a new
    /// property on a row class is written without touching this code. (EF Core's change tracker is far slower for a
    /// million rows.)
    /// </summary>
    private sealed class Writer(IModel model, SqliteConnection conn) : IDisposable
    {
        private readonly Dictionary<(Type, string), Statement> _statements = [];

        /// <summary>A new record (no correction) is inserted; a correction replaces the row and its children, keeping introduced_in.</summary>
        public void Write(object row, string? correction, string type, string id, int version)
        {
            if (correction is null) Insert(row);
            else
            {
                DeleteChildren(row);
                Upsert(row);
            }
            InsertChildren(row);
            Insert(new RecordChangeRow { Version = version, RecordType = type, RecordId = id, Change = correction is null ? "ADDED" : "CORRECTED", Reason = correction });
        }

        public void Retract(Retraction x, int version)
        {
            var clr = x.RecordType switch { RecordTypes.Treaty => typeof(TreatyRow), RecordTypes.Country => typeof(CountryRow), _ => typeof(EventRow) };
            var entity = model.FindEntityType(clr)!;
            foreach (var child in entity.GetNavigations().Where(n => n.IsCollection))
                Get(child.TargetEntityType, "delete-by-parent", () => Delete(child.TargetEntityType, child.ForeignKey.Properties)).Run(x.Id);
            Get(entity, "delete", () => Delete(entity, entity.FindPrimaryKey()!.Properties)).Run(x.Id);
            Insert(new RecordChangeRow { Version = version, RecordType = x.RecordType, RecordId = x.Id, Change = "RETRACTED", Reason = x.Reason });
        }

        public void Insert(object row)
        {
            var entity = model.FindEntityType(row.GetType())!;
            Get(entity, "insert", () => InsertSql(entity, upsert: false)).Write(row);
        }

        public void Upsert(object row)
        {
            var entity = model.FindEntityType(row.GetType())!;
            Get(entity, "upsert", () => InsertSql(entity, upsert: true)).Write(row);
        }

        private void InsertChildren(object row)
        {
            foreach (var child in model.FindEntityType(row.GetType())!.GetNavigations().Where(n => n.IsCollection))
                foreach (var item in (System.Collections.IEnumerable)child.GetGetter().GetClrValue(row)!) Insert(item);
        }

        private void DeleteChildren(object row)
        {
            var entity = model.FindEntityType(row.GetType())!;
            foreach (var child in entity.GetNavigations().Where(n => n.IsCollection))
            {
                var key = entity.FindPrimaryKey()!.Properties.Select(p => p.GetGetter().GetClrValue(row)).ToArray();
                Get(child.TargetEntityType, "delete-by-parent", () => Delete(child.TargetEntityType, child.ForeignKey.Properties)).Run(key);
            }
        }

        /// <summary>Columns written: all but a key the database generates (record_changes.id).</summary>
        private static List<IProperty> Written(IEntityType entity) =>
            entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();

        private static string Column(IProperty p) => p.GetColumnName(StoreObjectIdentifier.Table(p.DeclaringType.GetTableName()!))!;

        private static (string Sql, List<IProperty> Properties) InsertSql(IEntityType entity, bool upsert)
        {
            var props = Written(entity);
            var sql = $"INSERT INTO {entity.GetTableName()} ({string.Join(", ", props.Select(Column))}) VALUES ({string.Join(", ", props.Select((_, i) => $"$p{i}"))})";
            if (upsert)
            {
                var key = entity.FindPrimaryKey()!.Properties;
                // A correction keeps the version that first introduced the record.
                var set = props.Where(p => !key.Contains(p) && p.Name != nameof(SeedRecordRow.IntroducedIn)).Select(p => $"{Column(p)} = excluded.{Column(p)}");
                sql += $" ON CONFLICT({string.Join(", ", key.Select(Column))}) DO UPDATE SET {string.Join(", ", set)}";
            }
            return (sql, props);
        }

        private static (string Sql, List<IProperty> Properties) Delete(IEntityType entity, IReadOnlyList<IProperty> by) =>
            ($"DELETE FROM {entity.GetTableName()} WHERE {string.Join(" AND ", by.Select((p, i) => $"{Column(p)} = $p{i}"))}", by.ToList());

        private Statement Get(IEntityType entity, string kind, Func<(string Sql, List<IProperty> Properties)> make)
        {
            if (_statements.TryGetValue((entity.ClrType, kind), out var statement)) return statement;
            var (sql, props) = make();
            return _statements[(entity.ClrType, kind)] = new Statement(conn, sql, props);
        }

        public void Dispose()
        {
            foreach (var statement in _statements.Values) statement.Dispose();
        }
    }

    /// <summary>
    /// One prepared statement and how to turn a row's properties into its parameters (with EF Core's value converters).
    /// It binds by position through SQLite's own API: ADO.NET looks every parameter up by name on every execution,
    /// which was most of the cost of a large build.
    /// </summary>
    private sealed class Statement : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _stmt;
        private readonly IClrPropertyGetter[] _getters;
        private readonly Func<object?, object?>?[] _converters;

        public Statement(SqliteConnection conn, string sql, List<IProperty> properties)
        {
            _db = conn.Handle!;
            Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
            _getters = properties.Select(p => p.GetGetter()).ToArray();
            _converters = properties.Select(p => (p.GetValueConverter() ?? p.GetTypeMapping().Converter)?.ConvertToProvider).ToArray();
        }

        public void Write(object row)
        {
            for (var i = 0; i < _getters.Length; i++) Bind(i, _getters[i].GetClrValue(row));
            Step();
        }

        /// <summary>Runs a statement whose parameters are given as values (a key).</summary>
        public void Run(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++) Bind(i, values[i]);
            Step();
        }

        private void Bind(int i, object? value)
        {
            if (value is not null && _converters[i] is { } convert) value = convert(value);
            Check(value switch
            {
                null => raw.sqlite3_bind_null(_stmt, i + 1),
                string s => raw.sqlite3_bind_text(_stmt, i + 1, s),
                int n => raw.sqlite3_bind_int64(_stmt, i + 1, n),
                long n => raw.sqlite3_bind_int64(_stmt, i + 1, n),
                bool b => raw.sqlite3_bind_int64(_stmt, i + 1, b ? 1 : 0),
                _ => throw new NotSupportedException($"no SQLite binding for a {value.GetType().Name} (add it here or give the property a value converter)"),
            });
        }

        private void Step()
        {
            var rc = raw.sqlite3_step(_stmt);
            raw.sqlite3_reset(_stmt);
            if (rc != raw.SQLITE_DONE) Check(rc);
        }

        private void Check(int rc)
        {
            if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE)) throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
        }

        public void Dispose() => _stmt.Dispose();
    }
}
