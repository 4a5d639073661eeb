using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Options;
using TreatyTracker.Server.Data;
using TreatyTracker.Server.GraphQL;

namespace TreatyTracker.Server.Http;

/// <summary>
/// GraphQL over HTTP (GET and POST on /graphql), following the GraphQL-over-HTTP draft: media types, status
/// codes, limits. Anything a client sends gets a GraphQL error with extensions.code, never a 500.
/// </summary>
public static class GraphQLEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.Map(path, Handle);
        app.MapGet("/schema.graphql", (ISchema schema) => Results.Bytes(PrintedSchema(schema), "text/plain; charset=utf-8"));
        app.MapGet("/documents", (GraphQL.StoredDocuments docs) => Results.Json(docs.All.Select(d => new { name = d.Name, id = d.Id, query = d.Query })));
        app.MapGet("/healthz", (DatasetStore store) => Results.Json(new { status = "ok", datasetVersion = store.Current().Version }));
        return app;
    }

    public static string PrintSchema(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ISchema, byte[]> Printed = new();

    /// <summary>The printed schema in UTF-8, printed once per schema: it cannot change while the process runs.</summary>
    private static byte[] PrintedSchema(ISchema schema) => Printed.GetValue(schema, s => System.Text.Encoding.UTF8.GetBytes(PrintSchema(s)));

    /// <summary>
    /// One GraphQL request in named steps: route (IDE, SDL, method), negotiate the media type, read the request,
    /// choose the dataset snapshot that answers it, answer from the cache, execute, write.
    /// </summary>
    private static async Task Handle(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var request = http.Request;

        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await Error(http, serializer, StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", $"{request.Method} is not supported on this endpoint; use GET or POST", Json);
            return;
        }
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            var sdl = PrintedSchema(services.GetRequiredService<ISchema>());
            http.Response.ContentType = "text/plain; charset=utf-8";
            http.Response.ContentLength = sdl.Length;
            await http.Response.Body.WriteAsync(sdl, http.RequestAborted);
            return;
        }
        if (isGet && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && WantsHtml(request.Headers.Accept.ToString()))
        {
            await ServeIde(http);
            return;
        }

        if (await NegotiateStep(http, serializer) is not { } mediaType) return;
        if (await ReadRequestStep(http, serializer, isGet, mediaType) is not { } gql) return;
        var limits = services.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value.GraphQL;
        var scan = gql.Query is { } text ? services.GetRequiredService<DocumentScans>().Of(text) : (DocumentScan?)null;
        if (await CheckLimitsStep(http, serializer, limits, gql, scan, mediaType)) return;
        if (await ChooseSnapshotStep(http, serializer, gql, mediaType) is not { } snapshot) return;
        var exchange = new Exchange(http, serializer, isGet, mediaType, gql, snapshot, scan);
        exchange.CacheKey = CacheKeyStep(exchange);
        var cache = services.GetRequiredService<ResponseCache>();
        if (isGet) http.Response.Headers.Vary = "Accept, Origin";
        if (await cache.TryAnswerAsync(http, snapshot, exchange.CacheKey, httpCaching: isGet)) return;
        if (!await ChangelogStep(exchange)) return;
        var result = await ExecuteStep(exchange);
        await cache.AnswerAsync(http, exchange.CacheKey, await WriteStep(exchange, result));
    }

    /// <summary>What the steps after reading share: the request, how to answer it, and from which dataset snapshot.</summary>
    private sealed record Exchange(HttpContext Http, IGraphQLTextSerializer Serializer, bool IsGet, string MediaType, GraphQLRequest Request,
        DatasetSnapshot Snapshot, DocumentScan? Scan)
    {
        /// <summary>Key of the answer in the response cache; null when it is not cached.</summary>
        public string? CacheKey { get; set; }
    }

    /// <summary>The response media type from Accept; writes a 406 and returns null when none is acceptable.</summary>
    private static async Task<string?> NegotiateStep(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (Negotiate(http.Request.Headers.Accept.ToString()) is { } mediaType) return mediaType;
        await Error(http, serializer, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
            $"this endpoint answers {GraphQLResponseJson} or {Json}; the Accept header allows neither", Json);
        return null;
    }

    /// <summary>The GraphQL request from the query string (GET) or the JSON body (POST), within the limits; writes the 4xx and returns null otherwise.</summary>
    private static async Task<GraphQLRequest?> ReadRequestStep(HttpContext http, IGraphQLTextSerializer serializer, bool isGet, string mediaType)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
        var request = http.Request;
        GraphQLRequest? gql;
        if (isGet)
        {
            gql = new GraphQLRequest { Query = request.Query["query"], OperationName = request.Query["operationName"] };
            if (request.Query["documentId"] is { Count: > 0 } docId) gql.DocumentId = docId;
            if (request.Query["variables"] is { Count: > 0 } vars && !string.IsNullOrWhiteSpace(vars))
            {
                if (TryDeserialize<Inputs>(serializer, vars!, out var inputs)) gql.Variables = inputs;
                else { await Error(http, serializer, 400, "BAD_REQUEST", "'variables' is not a JSON object", mediaType); return null; }
            }
        }
        else
        {
            var contentType = request.ContentType ?? "";
            if (!contentType.StartsWith(Json, StringComparison.OrdinalIgnoreCase) && !contentType.StartsWith("application/graphql+json", StringComparison.OrdinalIgnoreCase))
            {
                await Error(http, serializer, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "POST a JSON body with Content-Type: application/json", mediaType);
                return null;
            }
            var body = await ReadBody(request, limits.GraphQL.MaxRequestBodyBytes);
            if (body is null)
            {
                await Error(http, serializer, StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", $"the request body is larger than {limits.GraphQL.MaxRequestBodyBytes} bytes", mediaType);
                return null;
            }
            if (!TryDeserialize(serializer, body, out gql) || gql is null)
            {
                await Error(http, serializer, 400, "BAD_REQUEST", "the body is not a JSON object of the form {\"query\": \"...\", \"variables\": {...}}", mediaType);
                return null;
            }
        }

        if (string.IsNullOrWhiteSpace(gql.Query) && gql.DocumentId is null)
        {
            await Error(http, serializer, 400, "BAD_REQUEST", "the request has no 'query'", mediaType);
            return null;
        }
        if (gql.Query is { } q && q.Length > limits.GraphQL.MaxDocumentLength)
        {
            await Error(http, serializer, 400, "DOCUMENT_TOO_LONG", $"the document is longer than {limits.GraphQL.MaxDocumentLength} characters", mediaType);
            return null;
        }
        return gql;
    }

    /// <summary>
    /// Bounded work: the document's tokens, aliases, literals and repeated fields, and the variables' string
    /// values, against the limits, before anything is parsed or executed. Writes the 400 and returns true when over.
    /// </summary>
    private static async Task<bool> CheckLimitsStep(HttpContext http, IGraphQLTextSerializer serializer, GraphQLLimits limits, GraphQLRequest gql,
        DocumentScan? scan, string mediaType)
    {
        var problem = scan switch
        {
            { Tokens: var t } when t > limits.MaxTokens => ("TOO_MANY_TOKENS", $"the document has more than {limits.MaxTokens} tokens"),
            { Aliases: var a } when a > limits.MaxAliases => ("TOO_MANY_ALIASES", $"the document has {a} aliases, more than the limit of {limits.MaxAliases}"),
            { LongestLiteral: var l } when l > limits.MaxLiteralLength => ("LITERAL_TOO_LONG", $"a literal in the document is longer than {limits.MaxLiteralLength} characters"),
            { MostRepeatedField: var r } when r > limits.MaxRepeatedField =>
                ("FIELD_REPEATED_TOO_OFTEN", $"a field is selected {r} times in one selection set, more than the limit of {limits.MaxRepeatedField}"),
            _ when LongestString(gql.Variables) > limits.MaxLiteralLength => ("LITERAL_TOO_LONG", $"a variable's value is longer than {limits.MaxLiteralLength} characters"),
            _ => default((string Code, string Message)?),
        };
        if (problem is not { } p) return false;
        await Error(http, serializer, 400, p.Code, p.Message, mediaType);
        return true;
    }

    private static int LongestString(object? value) => value switch
    {
        string s => s.Length,
        IEnumerable<KeyValuePair<string, object?>> map => map.Select(kv => Math.Max(kv.Key.Length, LongestString(kv.Value))).DefaultIfEmpty(0).Max(),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(LongestString).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>
    /// The dataset snapshot that answers this request: the version it names (<c>?version=9</c>, or for POST
    /// <c>extensions.datasetVersion</c>), else the current one. Everything after this step (the cache key, the ETag,
    /// the resolvers through the request's loader) answers from the snapshot chosen here. An unknown version is a 404.
    /// </summary>
    private static async Task<DatasetSnapshot?> ChooseSnapshotStep(HttpContext http, IGraphQLTextSerializer serializer, GraphQLRequest gql, string mediaType)
    {
        if (!DatasetVersionArgument.TryRead(http.Request, gql, out var version, out var problem))
        {
            await Error(http, serializer, 400, "BAD_DATASET_VERSION", problem!, mediaType);
            return null;
        }
        var loader = http.RequestServices.GetRequiredService<TreatyRecordLoader>();
        try
        {
            return loader.AnswerFrom(version is null ? loader.Snapshot : await RequestSnapshot.LeaseAsync(http, version.Value));
        }
        catch (UnknownDatasetVersionException e)
        {
            await Error(http, serializer, StatusCodes.Status404NotFound, "DATASET_VERSION_NOT_FOUND", e.Message, mediaType);
            return null;
        }
        catch (DatasetVersionUnavailableException e)
        {
            http.RequestServices.GetRequiredService<ILogger<DatasetVersions>>().LogError("{Message}", e.Message);
            await Error(http, serializer, StatusCodes.Status503ServiceUnavailable, "DATASET_VERSION_UNAVAILABLE", e.Message, mediaType);
            return null;
        }
    }

    /// <summary>
    /// The answer's key in the response cache, the same for GET and POST: the dataset snapshot's identity and the day
    /// (by <see cref="ResponseCache.KeyOf"/>), the media type, the stored document's id or the hash of the document's
    /// tokens, the operation name and the variables. Null (never cached) for documents asking for per-process fields
    /// or that the lexer rejects.
    /// </summary>
    private static string? CacheKeyStep(Exchange x)
    {
        if (x.Scan is { } scan && (!scan.Lexed || scan.PerProcess)) return null;
        var variables = x.Request.Variables is { Count: > 0 } v ? x.Serializer.Serialize(v) : "";
        return x.Http.RequestServices.GetRequiredService<ResponseCache>().KeyOf(x.Snapshot,
            $"graphql\n{x.MediaType}\n{x.Request.DocumentId}\n{x.Scan?.Hash}\n{x.Request.OperationName}\n{variables}");
    }

    /// <summary>
    /// A document that asks for the changelog waits here, outside the execution timeout, until the snapshot's changelog
    /// is computed (once per dataset, on a shared task; usually already done at start). Writes a 503 and returns false
    /// when it cannot be computed (the next request tries again).
    /// </summary>
    private static async Task<bool> ChangelogStep(Exchange x)
    {
        var scan = x.Scan ?? (x.Request.DocumentId is { } id && x.Http.RequestServices.GetRequiredService<StoredDocuments>().All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)) is { } stored
            ? DocumentScan.Of(stored.Query)
            : null);
        if (scan is not { AsksForChangelog: true }) return true;
        try
        {
            await x.Http.RequestServices.GetRequiredService<DatasetChangelog>().ForAsync(x.Snapshot, x.Http.RequestAborted);
            return true;
        }
        catch (DatasetVersionUnavailableException e)
        {
            await Error(x.Http, x.Serializer, StatusCodes.Status503ServiceUnavailable, "CHANGELOG_UNAVAILABLE", $"the changelog cannot be computed: {e.Message}", x.MediaType);
            return false;
        }
    }

    private static Task<ExecutionResult> ExecuteStep(Exchange x)
    {
        var services = x.Http.RequestServices;
        var limits = services.GetRequiredService<IOptions<TreatyTrackerOptions>>().Value;
        return services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(o =>
        {
            o.Query = x.Request.Query;
            o.DocumentId = x.Request.DocumentId;
            o.OperationName = x.Request.OperationName;
            o.Variables = x.Request.Variables;
            o.RequestServices = services;
            ResolveContext.Put(o.UserContext, services);
            o.UserContext[CitedRequest.Key] = new CitedRequest(RequestSnapshot.BaseUrl(x.Http.Request), x.Request); // Query.citation's permalink
            o.CancellationToken = x.Http.RequestAborted;
            o.Timeout = TimeSpan.FromSeconds(limits.GraphQL.ExecutionTimeoutSeconds);
            o.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        });
    }

    /// <summary>The answer to write: the result serialised once, straight to UTF-8, or the error the request earns.</summary>
    private static async Task<Answer> WriteStep(Exchange x, ExecutionResult result)
    {
        var (http, mediaType) = (x.Http, x.MediaType);
        if (x.IsGet && result.Operation is { Operation: not GraphQLParser.AST.OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            return ErrorAnswer(x.Serializer, StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "only queries may be sent with GET", mediaType);
        }

        if (result.Errors?.FirstOrDefault(e => e is global::GraphQL.PersistedDocuments.DocumentNotFoundError or global::GraphQL.PersistedDocuments.DocumentIdInvalidError
                or global::GraphQL.PersistedDocuments.InvalidRequestError) is { } documentError)
        {
            // A stored-query problem is the client's request, whatever media type it accepts: 404 unknown id, 400 malformed.
            return ErrorAnswer(x.Serializer, documentError is global::GraphQL.PersistedDocuments.DocumentNotFoundError ? 404 : 400,
                documentError.Code ?? "BAD_DOCUMENT_ID", documentError.Message, mediaType);
        }

        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["dataset"] = new Dictionary<string, object?> { ["version"] = x.Snapshot.Version };
        // graphql-response+json: a request that failed before execution (parse, validation) is a 400; application/json keeps 200.
        var status = !result.Executed && mediaType == GraphQLResponseJson ? 400 : 200;
        using var body = new MemoryStream();
        await x.Serializer.WriteAsync(body, result, http.RequestAborted);
        // Only complete answers are kept: an answer with errors (a timeout among them) is answered, never cached.
        return new Answer(status, $"{mediaType}; charset=utf-8", body.ToArray(), Cacheable: result.Errors is null);
    }

    /// <summary>A browser navigating to /graphql: it asks for HTML before anything else.</summary>
    internal static bool WantsHtml(string accept) =>
        accept.Split(',').Select(p => p.Split(';')[0].Trim().ToLowerInvariant()).FirstOrDefault() is "text/html" or "application/xhtml+xml";

    /// <summary>GraphiQL, built from ClientApp into wwwroot by the .NET build.</summary>
    private static async Task ServeIde(HttpContext http)
    {
        var file = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("graphiql.html");
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("The GraphQL IDE is not built: build the server with Node.js installed (see README).\n");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.Vary = "Accept";
        await http.Response.SendFileAsync(file);
    }

    /// <summary>graphql-response+json unless the client accepts only application/json; null when it accepts neither.</summary>
    internal static string? Negotiate(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return GraphQLResponseJson;
        var types = accept.Split(',').Select(p => p.Split(';')[0].Trim().ToLowerInvariant()).ToList();
        if (types.Any(t => t is GraphQLResponseJson or "*/*" or "application/*")) return GraphQLResponseJson;
        if (types.Contains(Json)) return Json;
        return null;
    }

    private static async Task<string?> ReadBody(HttpRequest request, int limit)
    {
        if (request.ContentLength is { } length && length > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return "";
        }
    }

    private static bool TryDeserialize<T>(IGraphQLTextSerializer serializer, string json, out T? value)
    {
        try
        {
            value = serializer.Deserialize<T>(json);
            return value is not null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            value = default;
            return false;
        }
    }

    private static Answer ErrorAnswer(IGraphQLTextSerializer serializer, int status, string code, string message, string mediaType) =>
        new(status, $"{mediaType}; charset=utf-8",
            Encoding.UTF8.GetBytes(serializer.Serialize(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] })), Cacheable: false);

    private static async Task Error(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message, string mediaType)
    {
        var answer = ErrorAnswer(serializer, status, code, message, mediaType);
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = answer.ContentType;
        await http.Response.Body.WriteAsync(answer.Body);
    }
}
