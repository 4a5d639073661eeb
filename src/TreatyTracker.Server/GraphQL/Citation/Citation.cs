using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

/// <summary>The request being answered, as the endpoint read it, and where the service is reached: what a permalink is made of.</summary>
public sealed record CitedRequest(string BaseUrl, GraphQLRequest Request)
{
    public const string Key = "treatytracker.citedRequest";
}

/// <summary>How to cite this answer: the service, the dataset version and its date, and a permalink that gives the same answer later.</summary>
/// <param name="DatasetVersion">The dataset version answering this request.</param>
/// <param name="DatasetDate">The date of that version's seed file.</param>
/// <param name="Accessed">Today on the server's clock.</param>
/// <param name="Permalink">GET URL of this request pinned to the dataset version answering it (?version=N).</param>
public sealed record Citation(
    string Service,
    string Title,
    int DatasetVersion,
    LocalDate DatasetDate,
    LocalDate Accessed,
    string Permalink)
{
    public const string ServiceName = "TreatyTracker";

    /// <summary>One line of plain text: service, dataset version and date, title, permalink, day accessed.</summary>
    /// <example>"TreatyTracker, dataset version 9 (2026-11-27): Title. URL (accessed 2026-12-03)."</example>
    public string Text => $"{Service}, dataset version {DatasetVersion} ({Dates.Iso(DatasetDate)}): {Title}. {Permalink} (accessed {Dates.Iso(Accessed)}).";

    /// <summary>The same as CSL-JSON (Zotero, Pandoc, citeproc): a JSON array with one item of type "dataset".</summary>
    public string CslJson
    {
        get
        {
            static JsonArray Parts(LocalDate d) => [new JsonArray(d.Year, d.Month, d.Day)];
            var item = new JsonObject
            {
                ["id"] = $"treatytracker-v{DatasetVersion}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Permalink)))[..12]}",
                ["type"] = "dataset",
                ["title"] = Title,
                ["publisher"] = Service,
                ["version"] = DatasetVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["issued"] = new JsonObject { ["date-parts"] = Parts(DatasetDate) },
                ["accessed"] = new JsonObject { ["date-parts"] = Parts(Accessed) },
                ["URL"] = Permalink,
            };
            return new JsonArray(item).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }

    /// <summary>
    /// The citation of the request being answered: its permalink is a GET of the same document, variables and
    /// operation, pinned to the dataset version that answers it, so it gives the same answer after later corrections.
    /// </summary>
    public static Citation Of(IResolveFieldContext c, string? title)
    {
        var snapshot = c.Loader().Snapshot;
        var cited = c.UserContext.TryGetValue(CitedRequest.Key, out var value) ? value as CitedRequest : null;
        var request = cited?.Request ?? new GraphQLRequest { Query = c.Document.Source.ToString() };
        var url = new StringBuilder($"{cited?.BaseUrl ?? ""}/graphql?version={snapshot.Version}");
        if (request.DocumentId is { } id) url.Append("&documentId=").Append(Uri.EscapeDataString(id));
        else if (request.Query is { } q) url.Append("&query=").Append(Uri.EscapeDataString(q));
        if (request.Variables is { Count: > 0 } variables)
            url.Append("&variables=").Append(Uri.EscapeDataString(c.RequestServices!.GetRequiredService<IGraphQLTextSerializer>().Serialize(variables)));
        if (request.OperationName is { Length: > 0 } op) url.Append("&operationName=").Append(Uri.EscapeDataString(op));
        var name = title ?? (request.OperationName is { Length: > 0 } o ? $"answer to the GraphQL query {o}" : "answer to a GraphQL query");
        return new Citation(ServiceName, name, snapshot.Version, snapshot.Reference.Dataset.Date, c.Today(), url.ToString());
    }
}
