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
/// A document with one operation sent without variables has one complexity whatever the request (its arguments are
/// literals or the variables' defaults), so once such a request has passed, later ones without variables skip the
/// complexity analyser too (about a tenth of an uncached status query's CPU). A request with variables is always
/// analysed, also after one without.
/// </remarks>
public sealed class DocumentCache(IOptions<TreatyTrackerOptions> options) : IConfigureExecution
{
    private static readonly HashSet<IValidationRule> SpecRules = [.. DocumentValidator.CoreRules];
    private ConcurrentDictionary<string, Entry> _documents = new(StringComparer.Ordinal);

    /// <summary>A validated document; <see cref="PassedWithoutVariables"/> once a request without variables passed every rule.</summary>
    private sealed class Entry(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;
        public volatile bool PassedWithoutVariables;
    }

    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var max = options.Value.GraphQL.DocumentCacheEntries;
        if (max <= 0 || execution.Document is not null || execution.Query is not { } query) return await next(execution);
        var plain = execution.Variables is null || execution.Variables.Count == 0;
        if (_documents.TryGetValue(query, out var cached))
        {
            execution.Document = cached.Document;
            var skipComplexity = plain && cached.PassedWithoutVariables && SingleOperation(cached.Document);
            execution.ValidationRules = RulesForCachedDocument(execution, skipComplexity);
            var answer = await next(execution);
            if (plain && answer.Executed) cached.PassedWithoutVariables = true;
            return answer;
        }
        var result = await next(execution);
        if (result.Executed && result.Document is { } document)
        {
            if (_documents.Count >= max) Interlocked.Exchange(ref _documents, new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
            _documents.TryAdd(query, new Entry(document) { PassedWithoutVariables = plain });
        }
        return result;
    }

    private static bool SingleOperation(GraphQLDocument document) => document.Definitions.Count(d => d is GraphQLOperationDefinition) == 1;

    /// <summary>The rules a validated document still needs: those beyond the spec's (they may read the variables) and any asked for cached documents.</summary>
    private static List<IValidationRule> RulesForCachedDocument(ExecutionOptions execution, bool skipComplexity)
    {
        var rules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !SpecRules.Contains(r)).ToList();
        foreach (var rule in execution.CachedDocumentValidationRules ?? []) if (!rules.Contains(rule)) rules.Add(rule);
        if (skipComplexity) rules.RemoveAll(r => r is global::GraphQL.Validation.Rules.Custom.ComplexityValidationRule);
        return rules;
    }
}
