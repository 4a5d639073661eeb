using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Diagnostics;

namespace TreatyTracker.Server.Http;

public static class Errors
{
    /// <summary>
    /// Last line of defence: a request Kestrel found malformed while the application read it (a broken chunked
    /// body, for instance) is answered with its 4xx; any other failure is logged and answered with a GraphQL-shaped
    /// 500 that says nothing about the code (no stack trace, in any environment).
    /// </summary>
    public static IApplicationBuilder UseTreatyErrors(this IApplicationBuilder app) => app.UseExceptionHandler(error => error.Run(http =>
        http.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad
            ? WriteAsync(http, bad.StatusCode, "BAD_REQUEST", $"the request is malformed: {bad.Message}")
            : WriteAsync(http, StatusCodes.Status500InternalServerError, "INTERNAL_SERVER_ERROR", "The server failed to answer this request; the failure has been logged.")));

    /// <summary>A GraphQL-shaped error answer, {"errors":[{"message":…,"extensions":{"code":…}}]}, for rejections outside the GraphQL endpoint.</summary>
    public static async Task WriteAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { message, extensions = new { code } } } });
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body);
    }

    /// <summary>
    /// An error exactly as the GraphQL endpoint writes it (the same serializer: message, extensions.code and every
    /// other extension), for the feeds and downloads, so a NOT_FOUND reads the same in GraphQL and in a 404.
    /// </summary>
    public static async Task WriteAsync(HttpContext http, int status, ExecutionError error)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var body = System.Text.Encoding.UTF8.GetBytes(serializer.Serialize(new ExecutionResult { Errors = [error] }));
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body);
    }
}
