using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.Data;

/// <summary>One dataset version as the server sees it: reference data plus the treaty records computed so far.</summary>
public sealed class DatasetSnapshot(ReferenceData reference)
{
    public ReferenceData Reference { get; } = reference;
    public int Version => Reference.Dataset.Version;
    /// <summary><see cref="Version"/> as text, for the X-Dataset-Version header of every answer.</summary>
    public string VersionText => _versionText ??= Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private string? _versionText;

    /// <summary>
    /// What the answers depend on: a hash of the applied seed files' SHA-256 checksums, in order. Two databases built
    /// from the same data/ have the same identity; a rebuild after an edit changes it, even at the same version number.
    /// </summary>
    public string Identity { get; } = IdentityOf(reference.Dataset.Files);

    public static string IdentityOf(IEnumerable<DatasetFile> files) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join("\n", files.Select(f => $"{f.Version} {f.FileName} {f.Sha256}")))))[..32];
    internal ConcurrentDictionary<string, TreatyRecord> Records { get; } = new(StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<(string Treaty, NodaTime.LocalDate Date), object> _derived = new();

    /// <summary>
    /// A value derived from one treaty's record on one day (the counts per status of a series point), computed once
    /// per snapshot: a dashboard's series over other ranges or steps reuses the points it shares. Bounded: beyond
    /// <see cref="MaxDerivedValues"/> values it computes without keeping.
    /// </summary>
    public T Derived<T>(string treatyCode, NodaTime.LocalDate date, Func<T> compute) where T : class
    {
        if (_derived.TryGetValue((treatyCode, date), out var kept) && kept is T value) return value;
        var computed = compute();
        if (_derived.Count < MaxDerivedValues) _derived.TryAdd((treatyCode, date), computed);
        return computed;
    }

    public const int MaxDerivedValues = 200_000;
    /// <summary>A past version's own database (see DatasetVersions); null: the main database.</summary>
    internal Func<TreatyDb>? OpenDatabase { get; init; }
}

/// <summary>
/// Holds the current dataset snapshot. The data changes only with a new seed version, so everything derived
/// from it is cached per version; the database is re-checked every few seconds for a newer version.
/// </summary>
public sealed class DatasetStore(IDbContextFactory<TreatyDb> dbFactory, IClock clock, IOptions<TreatyTrackerOptions> options)
{
    private readonly Lock _lock = new();
    private volatile DatasetSnapshot? _current;
    private long _checkedAtTicks; // an Instant as Unix ticks: read without the lock, so never torn

    /// <summary>
    /// The snapshot to answer from. Every <c>DatasetCheckSeconds</c> one request re-reads the database's version; while it
    /// does, the others answer from the snapshot they already have (as they would have a moment earlier) instead of
    /// queueing behind that read. Only before the first snapshot exists does everyone wait for it.
    /// </summary>
    public DatasetSnapshot Current()
    {
        var now = clock.GetCurrentInstant();
        var snapshot = _current;
        if (snapshot is not null && Fresh(now)) return snapshot;
        if (snapshot is null) _lock.Enter();
        else if (!_lock.TryEnter()) return snapshot;
        try
        {
            if (_current is { } current && Fresh(now)) return current;
            using var db = dbFactory.CreateDbContext();
            var version = DatasetReader.ReadDatasetVersion(db) ?? 0;
            if (_current is null || _current.Version != version)
                _current = new DatasetSnapshot(DatasetReader.LoadReference(db, now));
            Interlocked.Exchange(ref _checkedAtTicks, now.ToUnixTimeTicks());
            return _current;
        }
        finally
        {
            _lock.Exit();
        }
    }

    private bool Fresh(Instant now) =>
        now - Instant.FromUnixTimeTicks(Interlocked.Read(ref _checkedAtTicks)) < Duration.FromSeconds(options.Value.DatasetCheckSeconds);

    /// <summary>Treaty records for the given codes: from the cache, the rest from the database in one statement.</summary>
    public async Task<IReadOnlyDictionary<string, TreatyRecord>> RecordsAsync(DatasetSnapshot snapshot, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var result = new Dictionary<string, TreatyRecord>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (snapshot.Records.TryGetValue(code, out var cached)) result[code] = cached;
            else if (snapshot.Reference.TreatyByCode.ContainsKey(code)) missing.Add(snapshot.Reference.TreatyByCode[code].Code);
        }
        if (missing.Count == 0) return result;
        await using var db = snapshot.OpenDatabase?.Invoke() ?? await dbFactory.CreateDbContextAsync(ct);
        var events = await Task.Run(() => DatasetReader.LoadEventsOfTreaties(db, missing), ct);
        foreach (var code in missing)
        {
            var record = TreatyRecord.Build(snapshot.Reference.TreatyByCode[code], events[code], snapshot.Reference.ContinuedBy, snapshot.Reference.DissolvedOn);
            if (options.Value.CacheTreatyRecords) snapshot.Records.TryAdd(code, record);
            result[code] = record;
        }
        return result;
    }
}
