using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.Http;

/// <summary>
/// Successful GraphQL GET responses, keyed by the dataset snapshot's identity and their ETag (request, media
/// type and day). The data only changes with a new dataset, so a repeated dashboard request is answered without
/// executing it. Bounded: when full, or when the dataset changes, it starts afresh.
/// </summary>
public sealed class ResponseCache(IOptions<TreatyTrackerOptions> options)
{
    private ConcurrentDictionary<string, byte[]> _entries = new();
    private string? _identity;

    public bool TryGet(string identity, string key, out byte[] body)
    {
        body = [];
        return identity == Volatile.Read(ref _identity) && _entries.TryGetValue(key, out body!);
    }

    public void Add(string identity, string key, byte[] body)
    {
        var limits = options.Value.Http;
        if (limits.ResponseCacheEntries <= 0 || body.Length > limits.ResponseCacheMaxBytes) return;
        if (identity != Volatile.Read(ref _identity) || _entries.Count >= limits.ResponseCacheEntries)
        {
            Interlocked.Exchange(ref _entries, new ConcurrentDictionary<string, byte[]>());
            Volatile.Write(ref _identity, identity);
        }
        _entries.TryAdd(key, body);
    }
}
