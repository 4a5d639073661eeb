using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Http;

/// <summary>HTTP caching of GET answers: they change only with the dataset version, the request and the day.</summary>
public static class HttpCaching
{
    /// <summary>
    /// Strong ETag from the dataset's identity (its seed files' checksums, so replicas built from the same data/
    /// agree and a rebuild after an edit changes it), the request and today's date (answers without asOf change
    /// at midnight); answers 304 when the client has it. Returns the ETag in <paramref name="etag"/>.
    /// </summary>
    public static bool NotModified(HttpContext http, DatasetSnapshot snapshot, string? variant, out string etag)
    {
        var version = snapshot.Version;
        var options = http.RequestServices.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
        var today = http.RequestServices.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date;
        var key = $"{snapshot.Identity}\n{http.Request.Path}{http.Request.QueryString}\n{variant}\n{Dates.Iso(today)}";
        etag = $"\"v{version}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20]}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = $"public, max-age={options.Http.CacheMaxAgeSeconds}";
        http.Response.Headers["X-Dataset-Version"] = version.ToString(CultureInfo.InvariantCulture);
        var tag = etag;
        if (!http.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Trim() == "*" || v.Split(',').Any(t => t.Trim() == tag)))) return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    public static bool NotModified(HttpContext http, DatasetSnapshot snapshot, string? variant = null) => NotModified(http, snapshot, variant, out _);
}
