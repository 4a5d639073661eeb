using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Http;

/// <summary>A finished answer: status, media type and the UTF-8 body, serialised once; only a cacheable 200 is kept.</summary>
public sealed record Answer(int Status, string ContentType, byte[] Body, string? ContentDisposition = null, bool Cacheable = true);

/// <summary>
/// Answers kept in memory, for every endpoint that answers from the dataset (GraphQL GET and POST, the feeds).
/// The key is the dataset snapshot's identity, the day (answers without asOf change at midnight) and what the
/// request asks, so a repeated request is answered without executing it, and the key also gives the GET ETag.
/// Bounded in entries and bytes: when full it starts afresh.
/// </summary>
public sealed class ResponseCache(IOptions<TreatyTrackerOptions> options, IClock clock)
{
    /// <summary>A kept answer with its ETag (null until a GET has asked: POST answers have none), so a hit hashes nothing.</summary>
    private sealed record Entry(Answer Answer, string? ETag);

    private ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>The cache key (and ETag source) of a request answered from <paramref name="snapshot"/>.</summary>
    public string KeyOf(DatasetSnapshot snapshot, string request) =>
        $"{snapshot.Identity}\n{Dates.Iso(clock.Today())}\n{request}";

    /// <summary>
    /// Headers, then 304 or the cached answer. HTTP caching (ETag, Cache-Control, 304) only when
    /// <paramref name="httpCaching"/> (GET); otherwise no-store. A null key is an answer that is never cached.
    /// True when the request has been answered.
    /// </summary>
    public async Task<bool> TryAnswerAsync(HttpContext http, DatasetSnapshot snapshot, string? key, bool httpCaching)
    {
        http.Response.Headers["X-Dataset-Version"] = snapshot.VersionText;
        Entry? entry = null;
        if (key is not null) _entries.TryGetValue(key, out entry);
        if (httpCaching && key is not null)
        {
            var etag = entry?.ETag ?? HttpCaching.ETagOf(snapshot, key);
            if (entry is { ETag: null }) _entries.TryUpdate(key, entry with { ETag = etag }, entry);
            if (HttpCaching.NotModified(http, etag)) return true;
        }
        else
        {
            http.Response.Headers.CacheControl = "no-store";
        }
        if (entry is null) return false;
        await WriteAsync(http, entry.Answer);
        return true;
    }

    /// <summary>Writes the answer, and keeps it under <paramref name="key"/> when it is a cacheable 200.</summary>
    public Task AnswerAsync(HttpContext http, string? key, Answer answer)
    {
        if (key is not null && answer.Status == StatusCodes.Status200OK && answer.Cacheable) Add(http, key, answer);
        return WriteAsync(http, answer);
    }

    private void Add(HttpContext http, string key, Answer answer)
    {
        var limits = options.Value.Http;
        if (limits.ResponseCacheEntries <= 0 || answer.Body.Length > limits.ResponseCacheMaxBytes) return;
        if (_entries.Count >= limits.ResponseCacheEntries || Interlocked.Read(ref _bytes) + answer.Body.Length > limits.ResponseCacheTotalBytes)
        {
            Interlocked.Exchange(ref _entries, new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
            Interlocked.Exchange(ref _bytes, 0);
        }
        // The ETag the request was just given (GET), kept with the answer.
        if (_entries.TryAdd(key, new Entry(answer, http.Response.Headers.ETag is { Count: 1 } etag ? etag.ToString() : null))) Interlocked.Add(ref _bytes, answer.Body.Length);
    }

    private static async Task WriteAsync(HttpContext http, Answer answer)
    {
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = answer.ContentType;
        if (answer.ContentDisposition is not null) http.Response.Headers.ContentDisposition = answer.ContentDisposition;
        http.Response.ContentLength = answer.Body.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }
}
