using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using System.Text;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace TreatyTracker.Server.Http;

/// <summary>
/// What one pass of GraphQL.NET's lexer learns about a document before it is parsed: a hash of its tokens (the
/// document without whitespace, commas and comments, so equivalent spellings share a cache entry), its size in
/// tokens, aliases, longest literal and most repeated field (the request limits: the parser and validator cost
/// grows with them, the last one quadratically), and whether it asks for fields that differ per server process
/// (which are never cached) or for the changelog (awaited before execution, see <see cref="AsksForChangelog"/>).
/// </summary>
public readonly record struct DocumentScan(string? Hash, int Tokens, int Aliases, int LongestLiteral, int MostRepeatedField, bool PerProcess,
    bool AsksForChangelog)
{
    /// <summary>
    /// The field whose first answer per dataset parses every seed file (<see cref="Data.DatasetChangelog"/>). A document
    /// naming it anywhere (a field, an alias, a fragment) has the changelog computed before execution starts, so that
    /// the execution timeout does not count that one-time work; naming it without selecting it only waits for work
    /// that is then kept.
    /// </summary>
    public const string ChangelogField = "changelog";

    /// <summary>
    /// Fields whose value is not a function of the dataset: when this server loaded it, when this database applied a file,
    /// a citation (its permalink names the host the request was sent to).
    /// </summary>
    private static readonly string[] PerProcessFields = ["loadedAt", "appliedAt", "citation"];

    /// <summary>False when the lexer rejected the document (the parser then reports the syntax error).</summary>
    public bool Lexed => Hash is not null;

    /// <summary>Scans <paramref name="query"/>, stopping early once it has more than <paramref name="maxTokens"/> tokens.</summary>
    public static DocumentScan Of(string query, int maxTokens = int.MaxValue)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> separator = [0];
        int position = 0, tokens = 0, aliases = 0, longest = 0, repeated = 0, parens = 0, braces = 0;
        TokenKind previous = TokenKind.EOF, beforePrevious = TokenKind.EOF;
        var previousWasOn = false;
        var perProcess = false;
        var changelog = false;
        // Response names seen in each open selection set (braces outside any argument list).
        var selections = new List<Dictionary<string, int>>();
        while (true)
        {
            Token token;
            try
            {
                token = Lexer.Lex(query, position);
            }
            catch (GraphQLSyntaxErrorException)
            {
                return new DocumentScan(null, tokens, aliases, longest, repeated, perProcess, changelog);
            }
            if (token.Kind == TokenKind.EOF) break;
            position = token.End;
            if (token.Kind == TokenKind.COMMENT) continue;
            if (++tokens > maxTokens) break;
            switch (token.Kind)
            {
                case TokenKind.PAREN_L: parens++; break;
                case TokenKind.PAREN_R: parens--; break;
                case TokenKind.BRACE_L:
                    braces++;
                    if (parens == 0) selections.Add(new Dictionary<string, int>(StringComparer.Ordinal));
                    break;
                case TokenKind.BRACE_R:
                    braces--;
                    if (parens == 0 && selections.Count > 0) selections.RemoveAt(selections.Count - 1);
                    break;
                // In a selection set (braces, outside any argument or variable list) "name :" is an alias.
                case TokenKind.COLON when previous == TokenKind.NAME && parens == 0 && braces > 0: aliases++; break;
                case TokenKind.STRING: longest = Math.Max(longest, token.Value.Length); break;
                case TokenKind.INT or TokenKind.FLOAT: longest = Math.Max(longest, token.End - token.Start); break;
                case TokenKind.NAME:
                    var name = token.Value.ToString();
                    perProcess |= PerProcessFields.Contains(name);
                    changelog |= name == ChangelogField;
                    // A response name: not a fragment name or "on" after "...", not a type condition, a directive or the field after an alias.
                    var typeCondition = previous == TokenKind.NAME && previousWasOn && beforePrevious == TokenKind.SPREAD;
                    if (parens == 0 && selections.Count > 0 && previous is not (TokenKind.SPREAD or TokenKind.AT or TokenKind.COLON) && !typeCondition)
                    {
                        var seen = selections[^1];
                        var count = seen[name] = seen.GetValueOrDefault(name) + 1;
                        repeated = Math.Max(repeated, count);
                    }
                    break;
            }
            previousWasOn = token.Kind == TokenKind.NAME && token.Value == "on";
            beforePrevious = previous;
            previous = token.Kind;
            hash.AppendData(Encoding.UTF8.GetBytes(query, token.Start, token.End - token.Start));
            hash.AppendData(separator);
        }
        return new DocumentScan(Convert.ToHexStringLower(hash.GetHashAndReset()), tokens, aliases, longest, repeated, perProcess, changelog);
    }
}

/// <summary>
/// Scans by document text: a repeated document (a dashboard sends the same few with other variables) is lexed
/// once. The scan is a function of the text and <see cref="GraphQLLimits.MaxTokens"/>; bounded like the document
/// cache (<see cref="GraphQLLimits.DocumentCacheEntries"/>), it starts afresh when full.
/// </summary>
public sealed class DocumentScans(IOptions<TreatyTrackerOptions> options)
{
    private ConcurrentDictionary<string, DocumentScan> _scans = new(StringComparer.Ordinal);

    public DocumentScan Of(string query)
    {
        var limits = options.Value.GraphQL;
        if (_scans.TryGetValue(query, out var scan)) return scan;
        scan = DocumentScan.Of(query, limits.MaxTokens);
        if (limits.DocumentCacheEntries <= 0) return scan;
        if (_scans.Count >= limits.DocumentCacheEntries) Interlocked.Exchange(ref _scans, new ConcurrentDictionary<string, DocumentScan>(StringComparer.Ordinal));
        _scans.TryAdd(query, scan);
        return scan;
    }
}
