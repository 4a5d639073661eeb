using GraphQL;
using GraphQL.Transport;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Http;

/// <summary>The dataset snapshot answering a download or feed request: ?version=N, else the current one.</summary>
public static class RequestSnapshot
{
    /// <summary>Fixes the request's snapshot; writes the GraphQL endpoint's 400, 404 or 503 (same codes) and returns null when ?version= is malformed, unknown or unavailable.</summary>
    public static async Task<DatasetSnapshot?> ChooseAsync(HttpContext http)
    {
        var loader = http.RequestServices.GetRequiredService<TreatyRecordLoader>();
        if (!DatasetVersionArgument.TryRead(http.Request, new GraphQLRequest(), out var version, out var problem))
        {
            await Problem(http, 400, "BAD_DATASET_VERSION", problem!);
            return null;
        }
        try
        {
            return loader.AnswerFrom(version is null ? loader.Snapshot : await LeaseAsync(http, version.Value));
        }
        catch (UnknownDatasetVersionException e)
        {
            await Problem(http, 404, "DATASET_VERSION_NOT_FOUND", e.Message);
            return null;
        }
        catch (DatasetVersionUnavailableException e)
        {
            await Problem(http, 503, "DATASET_VERSION_UNAVAILABLE", e.Message);
            return null;
        }
    }

    /// <summary>Past version <paramref name="version"/>, its file held until the request ends (see <see cref="DatasetVersions.Lease"/>).</summary>
    public static async Task<DatasetSnapshot> LeaseAsync(HttpContext http, int version)
    {
        var lease = await http.RequestServices.GetRequiredService<DatasetVersions>().AcquireAsync(version, http.RequestAborted);
        http.Response.RegisterForDispose(lease);
        return lease.Snapshot;
    }

    /// <summary>
    /// The treaty and country of ?treaty= and ?country= (absent or blank: no selection), resolved as GraphQL resolves
    /// its arguments; writes the NOT_FOUND 404 and returns false when either names nothing.
    /// </summary>
    public static async Task<(bool Found, Treaty? Treaty, Country? Country)> ChooseTreatyAndCountryAsync(HttpContext http, DatasetSnapshot snapshot)
    {
        string? Param(string name) => http.Request.Query[name] is { Count: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;
        try
        {
            return (true, snapshot.Reference.TreatyNamed(Param("treaty"), "treaty"), snapshot.Reference.CountryNamed(Param("country"), "country"));
        }
        catch (NotFoundError e)
        {
            await Errors.WriteAsync(http, StatusCodes.Status404NotFound, e);
            return (false, null, null);
        }
    }

    /// <summary>A rejected download or feed request: a GraphQL-shaped JSON error with its code.</summary>
    public static Task Problem(HttpContext http, int status, string code, string message) =>
        Errors.WriteAsync(http, status, new ExecutionError(message) { Code = code });

    /// <summary>Scheme, host and path base of this request: the start of every absolute link in an answer.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
