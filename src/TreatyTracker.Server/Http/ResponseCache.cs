using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.Http;

/// <summary>
/// Successful GraphQL GET responses, keyed by the dataset snapshot's identity and their ETag (request, media
/// type and day). The data only changes with a new dataset, so a repeated dashboard request is answered without
/// executing it. Answers at several snapshots (the current one, past versions asked with ?version=) live side by side,
/// each under its own identity; bounded: when full, it starts afresh (so entries of a replaced dataset go then).
/// </summary>
public sealed class ResponseCache(IOptions<TreatyTrackerOptions> options)
{
    private ConcurrentDictionary<string, byte[]> _entries = new();

    public bool TryGet(string identity, string key, out byte[] body)
    {
        body = [];
        return _entries.TryGetValue($"{identity}\n{key}", out body!);
    }

    public void Add(string identity, string key, byte[] body)
    {
        var limits = options.Value.Http;
        if (limits.ResponseCacheEntries <= 0 || body.Length > limits.ResponseCacheMaxBytes) return;
        if (_entries.Count >= limits.ResponseCacheEntries) Interlocked.Exchange(ref _entries, new ConcurrentDictionary<string, byte[]>());
        _entries.TryAdd($"{identity}\n{key}", body);
    }
}
