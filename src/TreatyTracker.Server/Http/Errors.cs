namespace TreatyTracker.Server.Http;

public static class Errors
{
    /// <summary>
    /// Last line of defence: an unexpected failure is logged and answered with a GraphQL-shaped 500 that says
    /// nothing about the code (no stack trace, in any environment).
    /// </summary>
    public static IApplicationBuilder UseTreatyErrors(this IApplicationBuilder app) => app.UseExceptionHandler(error => error.Run(async http =>
    {
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync("{\"errors\":[{\"message\":\"The server failed to answer this request; the failure has been logged.\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}");
    }));
}
