using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.Http;

/// <summary>
/// Request line and header limits answered with a GraphQL error (414, 431) instead of Kestrel's empty-bodied
/// rejection: Kestrel's own limits are raised a little above ours, so that a request over our limit reaches this
/// check. What Kestrel still rejects itself, before any application code runs, gets its empty-bodied 400/414/431:
/// a request line or header block over its (raised) limits, and requests that are not HTTP (a malformed request
/// line, invalid characters in a header, a bad Content-Length).
/// </summary>
public static class RequestLimits
{
    public static IServiceCollection AddTreatyRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<TreatyTrackerOptions>>((kestrel, options) =>
        {
            var http = options.Value.Http;
            kestrel.Limits.MaxRequestLineSize = http.MaxRequestLineBytes + http.KestrelMarginBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = http.MaxRequestHeadersBytes + http.KestrelMarginBytes;
            kestrel.Limits.MaxRequestHeaderCount = http.MaxRequestHeaderCount + 20;
        });
        return services;
    }

    public static IApplicationBuilder UseTreatyRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value.Http;
        var target = Math.Max(http.Features.Get<IHttpRequestFeature>()?.RawTarget?.Length ?? 0,
            http.Request.Path.Value?.Length + http.Request.QueryString.Value?.Length ?? 0);
        // "GET /target HTTP/1.1\r\n"
        if (http.Request.Method.Length + target + http.Request.Protocol.Length + 4 > limits.MaxRequestLineBytes)
        {
            await Errors.WriteAsync(http, StatusCodes.Status414UriTooLong, "URI_TOO_LONG",
                $"the request line is longer than {limits.MaxRequestLineBytes} bytes: send long documents with POST");
            return;
        }
        var (count, bytes) = (0, 0L);
        foreach (var (name, values) in http.Request.Headers)
            foreach (var value in values)
            {
                count++;
                bytes += name.Length + (value?.Length ?? 0) + 4; // "name: value\r\n"
            }
        if (count > limits.MaxRequestHeaderCount || bytes > limits.MaxRequestHeadersBytes)
        {
            await Errors.WriteAsync(http, StatusCodes.Status431RequestHeaderFieldsTooLarge, "REQUEST_HEADERS_TOO_LARGE",
                $"the request has more than {limits.MaxRequestHeaderCount} headers or {limits.MaxRequestHeadersBytes} bytes of them");
            return;
        }
        await next(http);
    });
}
