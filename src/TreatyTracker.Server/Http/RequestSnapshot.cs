using GraphQL.Transport;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Http;

/// <summary>The dataset snapshot answering a download or feed request: ?version=N, else the current one.</summary>
public static class RequestSnapshot
{
    /// <summary>Fixes the request's snapshot; writes a plain-text 400 or 404 and returns null when ?version= is malformed or unknown.</summary>
    public static async Task<DatasetSnapshot?> ChooseAsync(HttpContext http)
    {
        var loader = http.RequestServices.GetRequiredService<TreatyRecordLoader>();
        if (!DatasetVersionArgument.TryRead(http.Request, new GraphQLRequest(), out var version, out var problem))
        {
            await Problem(http, 400, problem!);
            return null;
        }
        try
        {
            return loader.AnswerFrom(version is null ? loader.Snapshot : await http.RequestServices.GetRequiredService<DatasetVersions>().GetAsync(version, http.RequestAborted));
        }
        catch (UnknownDatasetVersionException e)
        {
            await Problem(http, 404, e.Message);
            return null;
        }
        catch (DatasetVersionUnavailableException e)
        {
            await Problem(http, 503, e.Message);
            return null;
        }
    }

    public static Task Problem(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message + "\n");
    }

    /// <summary>Scheme, host and path base of this request: the start of every absolute link in an answer.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
