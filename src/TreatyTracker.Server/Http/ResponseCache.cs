using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.Http;

/// <summary>
/// Successful GraphQL GET responses of the current dataset version, keyed by their ETag (dataset version,
/// request, media type and day). The data only changes with a new version, so a repeated dashboard request is
/// answered without executing it. Bounded: when full, or when the version changes, it starts afresh.
/// </summary>
public sealed class ResponseCache(IOptions<TreatyTrackerOptions> options)
{
    private ConcurrentDictionary<string, byte[]> _entries = new();
    private int _version = -1;

    public bool TryGet(int version, string key, out byte[] body)
    {
        body = [];
        return version == Volatile.Read(ref _version) && _entries.TryGetValue(key, out body!);
    }

    public void Add(int version, string key, byte[] body)
    {
        var limits = options.Value.Http;
        if (limits.ResponseCacheEntries <= 0 || body.Length > limits.ResponseCacheMaxBytes) return;
        if (version != Volatile.Read(ref _version) || _entries.Count >= limits.ResponseCacheEntries)
        {
            Interlocked.Exchange(ref _entries, new ConcurrentDictionary<string, byte[]>());
            Volatile.Write(ref _version, version);
        }
        _entries.TryAdd(key, body);
    }
}
