using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.GraphQL;

/// <summary>
/// Parsed and validated documents by their text, so a repeated query (POST included) skips parsing and
/// validation. Only documents that passed validation are kept (GraphQL.NET then skips re-validating them);
/// bounded, it starts afresh when full. Runs after the stored-document handler has filled in the query text.
/// </summary>
public sealed class DocumentCache(IOptions<TreatyTrackerOptions> options) : IConfigureExecution
{
    private ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var max = options.Value.GraphQL.DocumentCacheEntries;
        if (max <= 0 || execution.Document is not null || execution.Query is not { } query) return await next(execution);
        if (_documents.TryGetValue(query, out var cached))
        {
            execution.Document = cached;
            return await next(execution);
        }
        var result = await next(execution);
        if (result.Executed && result.Document is { } document)
        {
            if (_documents.Count >= max) Interlocked.Exchange(ref _documents, new ConcurrentDictionary<string, GraphQLDocument>(StringComparer.Ordinal));
            _documents.TryAdd(query, document);
        }
        return result;
    }
}
