using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;

namespace TreatyTracker.Server.GraphQL;

/// <summary>A query kept in the repository (Documents/*.graphql), callable as documentId=sha256:&lt;hex of the file's UTF-8 bytes&gt;.</summary>
public sealed record StoredDocument(string Name, string Id, string Query);

/// <summary>
/// The stored queries dashboards embed: `GET /graphql?documentId=sha256:…&amp;variables=…` keeps embeds short and
/// cacheable. Loaded once at start from the Documents folder next to the executable.
/// </summary>
public sealed class StoredDocuments : IPersistedDocumentLoader
{
    private readonly Dictionary<string, StoredDocument> _byHash;

    public StoredDocuments() : this(Path.Combine(AppContext.BaseDirectory, "Documents")) { }

    internal StoredDocuments(string directory)
    {
        All = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.graphql").Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];
        _byHash = All.ToDictionary(d => d.Id["sha256:".Length..], StringComparer.Ordinal);
    }

    public IReadOnlyList<StoredDocument> All { get; }

    public static StoredDocument Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new StoredDocument(Path.GetFileNameWithoutExtension(path), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)),
            new UTF8Encoding(false).GetString(bytes));
    }

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix == "sha256" && _byHash.TryGetValue(documentIdPayload.ToLowerInvariant(), out var d) ? d.Query : null);
}
