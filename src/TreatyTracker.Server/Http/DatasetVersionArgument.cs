using System.Globalization;
using System.Text.Json;
using GraphQL.Transport;

namespace TreatyTracker.Server.Http;

/// <summary>
/// The dataset version a request asks to be answered at: <c>?version=N</c> in the URL (GET or POST) or, in a POST
/// body, <c>"extensions": {"datasetVersion": N}</c>. Absent: the current version.
/// </summary>
public static class DatasetVersionArgument
{
    public const string QueryParameter = "version";
    public const string Extension = "datasetVersion";

    public static bool TryRead(HttpRequest request, GraphQLRequest gql, out int? version, out string? problem)
    {
        version = null;
        problem = null;
        int? fromUrl = null, fromBody = null;
        if (request.Query[QueryParameter] is { Count: > 0 } text)
        {
            if (text.Count > 1 || !int.TryParse(text[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            {
                problem = $"'{QueryParameter}' is a dataset version number such as 9";
                return false;
            }
            fromUrl = v;
        }
        if (gql.Extensions?.TryGetValue(Extension, out var value) == true && value is not null)
        {
            if (!TryInt(value, out var v))
            {
                problem = $"'extensions.{Extension}' is a dataset version number such as 9";
                return false;
            }
            fromBody = v;
        }
        if (fromUrl is not null && fromBody is not null && fromUrl != fromBody)
        {
            problem = $"the URL asks for dataset version {fromUrl} and extensions.{Extension} for {fromBody}";
            return false;
        }
        version = fromUrl ?? fromBody;
        return true;
    }

    private static bool TryInt(object value, out int version)
    {
        version = 0;
        switch (value)
        {
            case int i: version = i; return i >= 0;
            case long l when l is >= 0 and <= int.MaxValue: version = (int)l; return true;
            case decimal d when d >= 0 && d <= int.MaxValue && d == Math.Floor(d): version = (int)d; return true;
            case double d when d >= 0 && d <= int.MaxValue && d == Math.Floor(d): version = (int)d; return true;
            case System.Numerics.BigInteger b when b >= 0 && b <= int.MaxValue: version = (int)b; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } e: return e.TryGetInt32(out version) && version >= 0;
            default: return false;
        }
    }
}
