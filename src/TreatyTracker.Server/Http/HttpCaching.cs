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
    public static bool NotModified(HttpContext http, DatasetSnapshot snapshot, string key) => NotModified(http, ETagOf(snapshot, key));

    /// <summary>The strong ETag of the answer kept under <paramref name="key"/> (see <see cref="NotModified(HttpContext, DatasetSnapshot, string)"/>).</summary>
    public static string ETagOf(DatasetSnapshot snapshot, string key) =>
        $"\"v{snapshot.Version}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20]}\"";

    /// <summary>Sets the ETag and Cache-Control headers; answers 304 when the client already has <paramref name="etag"/>.</summary>
    public static bool NotModified(HttpContext http, string etag)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = options.Http.CacheControl;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0 || !ifNoneMatch.Any(v => v is not null && (v.Trim() == "*" || v.Split(',').Any(t => t.Trim() == etag)))) return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
