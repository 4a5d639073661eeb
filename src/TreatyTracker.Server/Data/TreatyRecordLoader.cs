using GraphQL.DataLoader;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.Data;

/// <summary>
/// Per-request batch loader: every treaty record asked for while GraphQL.NET resolves one level of the query
/// is fetched together when the first result is awaited, so a request runs a number of SQL statements bounded
/// by the query's shape, not by the number of rows it returns.
/// </summary>
public sealed class TreatyRecordLoader(DatasetStore store)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _pending = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TreatyRecord> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private Task? _inFlight;
    private DatasetSnapshot? _snapshot;

    /// <summary>The dataset version this request answers from: fixed at its first use, so one response never mixes versions.</summary>
    public DatasetSnapshot Snapshot
    {
        get { lock (_lock) return _snapshot ??= store.Current(); }
    }

    /// <summary>Fixes the snapshot this request answers from, before anything has been loaded; returns it.</summary>
    public DatasetSnapshot AnswerFrom(DatasetSnapshot snapshot)
    {
        lock (_lock)
        {
            if (_snapshot is not null && !ReferenceEquals(_snapshot, snapshot) && (_loaded.Count > 0 || _inFlight is not null))
                throw new InvalidOperationException("the request has already loaded records from another dataset snapshot");
            return _snapshot = snapshot;
        }
    }

    public IDataLoaderResult<TreatyRecord?> Load(string code)
    {
        lock (_lock)
        {
            if (!_loaded.ContainsKey(code)) _pending.Add(code);
        }
        return new Pending<TreatyRecord?>(async ct => (await LoadManyAsync([code], ct)).GetValueOrDefault(code));
    }

    public IDataLoaderResult<IReadOnlyList<TreatyRecord>> LoadMany(IEnumerable<string> codes)
    {
        var list = codes.ToList();
        lock (_lock)
        {
            foreach (var c in list) if (!_loaded.ContainsKey(c)) _pending.Add(c);
        }
        return new Pending<IReadOnlyList<TreatyRecord>>(async ct =>
        {
            var found = await LoadManyAsync(list, ct);
            return list.Where(found.ContainsKey).Select(c => found[c]).ToList();
        });
    }

    private async Task<Dictionary<string, TreatyRecord>> LoadManyAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        while (true)
        {
            Task? wait;
            lock (_lock)
            {
                if (codes.All(_loaded.ContainsKey))
                    return codes.Distinct(StringComparer.OrdinalIgnoreCase).Where(c => _loaded[c] is not null)
                        .ToDictionary(c => c, c => _loaded[c], StringComparer.OrdinalIgnoreCase);
                if (_inFlight is null)
                {
                    foreach (var c in codes) if (!_loaded.ContainsKey(c)) _pending.Add(c);
                    var batch = _pending.ToList();
                    _pending.Clear();
                    _inFlight = Dispatch(batch, ct);
                }
                wait = _inFlight;
            }
            await wait.WaitAsync(ct); // a timed-out or aborted request stops waiting, even if the load goes on
        }
    }

    private async Task Dispatch(List<string> batch, CancellationToken ct)
    {
        try
        {
            var records = await store.RecordsAsync(Snapshot, batch, ct);
            lock (_lock)
            {
                foreach (var code in batch)
                    _loaded[code] = records.GetValueOrDefault(code)!; // null marks "no such treaty": never asked again
            }
        }
        finally
        {
            lock (_lock) _inFlight = null;
        }
    }

}

/// <summary>A result GraphQL.NET resolves after the whole level has asked for its data (so the batch is complete).</summary>
public sealed class Pending<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);
    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken);
}

public static class PendingExtensions
{
    /// <summary>Maps a pending result without awaiting it now.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Pending<TOut>(async ct => map(await result.GetResultAsync(ct)));
}
