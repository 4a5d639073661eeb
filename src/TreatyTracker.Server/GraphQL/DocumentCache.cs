using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace TreatyTracker.Server.GraphQL;

/// <summary>
/// Parsed and validated documents by their text, so a repeated query (POST included) skips parsing and
/// validation. Only documents that passed validation are kept; bounded, it starts afresh when full. Runs after the
/// stored-document handler has filled in the query text.
/// </summary>
/// <remarks>
/// GraphQL.NET's executer validates whatever document it is given with <see cref="ExecutionOptions.ValidationRules"/>,
/// a cached one included: setting <see cref="ExecutionOptions.Document"/> alone skips only the parse. The spec's rules
/// (<see cref="DocumentValidator.CoreRules"/>) depend on the document and the schema alone, so on a hit they are left
/// out; the rules added to them (the complexity analyser, whose list multipliers read <c>first</c>/<c>last</c> from
/// the variables) run on every request, as do the variables' coercion and the arguments' parsing, which the validator
/// does whatever the rules. Profiled (README, performance notes): re-validating a cached document was about half of
/// an uncached status query's time.
/// </remarks>
public sealed class DocumentCache(IOptions<TreatyTrackerOptions> options) : IConfigureExecution
{
    private static readonly HashSet<IValidationRule> SpecRules = [.. DocumentValidator.CoreRules];
    private ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var max = options.Value.GraphQL.DocumentCacheEntries;
        if (max <= 0 || execution.Document is not null || execution.Query is not { } query) return await next(execution);
        if (_documents.TryGetValue(query, out var cached))
        {
            execution.Document = cached;
            execution.ValidationRules = RulesForCachedDocument(execution);
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

    /// <summary>The rules a validated document still needs: those beyond the spec's (they may read the variables) and any asked for cached documents.</summary>
    private static List<IValidationRule> RulesForCachedDocument(ExecutionOptions execution)
    {
        var rules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !SpecRules.Contains(r)).ToList();
        foreach (var rule in execution.CachedDocumentValidationRules ?? []) if (!rules.Contains(rule)) rules.Add(rule);
        return rules;
    }
}
