using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Http;

/// <summary>HTTP caching of GET answers: they change only with the dataset, the request and the day.</summary>
public static class HttpCaching
{
    /// <summary>
    /// Strong ETag from the answer's cache key (<see cref="ResponseCache.KeyOf"/>: the dataset's identity, that is its
    /// seed files' checksums, so replicas built from the same data/ agree and a rebuild after an edit changes it; the
    /// day; the request), prefixed with the dataset version for people reading it. Answers 304 when the client has it.
    /// </summary>
    public static bool NotModified(HttpContext http, DatasetSnapshot snapshot, string key)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
        var etag = $"\"v{snapshot.Version}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20]}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = $"public, max-age={options.Http.CacheMaxAgeSeconds}";
        if (!http.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Trim() == "*" || v.Split(',').Any(t => t.Trim() == etag)))) return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
