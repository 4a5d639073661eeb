namespace TreatyTracker.Server;

/// <summary>Every path and limit of the service; each has a default that needs no configuration (section "TreatyTracker").</summary>
public sealed class TreatyTrackerOptions
{
    public const string Section = "TreatyTracker";

    /// <summary>The seed files. Default: the repository's data/ folder.</summary>
    public string? DataDirectory { get; set; }
    /// <summary>The SQLite file. Default: artifacts/treatytracker.db in the repository.</summary>
    public string? DatabasePath { get; set; }
    /// <summary>On start, create the database or apply new seed versions.</summary>
    public bool BuildDatabaseOnStart { get; set; } = true;
    /// <summary>How often (seconds) the server checks whether the database holds a new dataset version.</summary>
    public int DatasetCheckSeconds { get; set; } = 5;
    /// <summary>Keep computed treaty records in memory for the current dataset version.</summary>
    public bool CacheTreatyRecords { get; set; } = true;

    public GraphQLLimits GraphQL { get; set; } = new();
    public HttpOptions Http { get; set; } = new();
    public VersionOptions Versions { get; set; } = new();
    public ChangelogOptions Changelog { get; set; } = new();
}

public sealed class ChangelogOptions
{
    /// <summary>Compute the current dataset's changelog in the background at start (otherwise at the first request that asks for it).</summary>
    public bool WarmOnStart { get; set; } = true;
    /// <summary>Changelogs kept in memory, one per dataset identity (the current one and past versions asked for), most recently used first.</summary>
    public int CachedDatasets { get; set; } = 4;
}

public sealed class VersionOptions
{
    /// <summary>Past dataset versions kept in memory, most recently asked for first.</summary>
    public int CachedVersions { get; set; } = 4;
    /// <summary>Past versions' SQLite files kept on disk (about 5 MB each with the shipped data); beyond it the least recently used that no request holds are deleted.</summary>
    public int MaxFilesOnDisk { get; set; } = 16;
}

public sealed class GraphQLLimits
{
    public int DefaultPageSize { get; set; } = 20;
    public int MaxPageSize { get; set; } = 100;
    public int MaxDepth { get; set; } = 15;
    public int MaxComplexity { get; set; } = 20_000;
    public int MaxDocumentLength { get; set; } = 20_000;
    /// <summary>
    /// Lexical tokens one document may have (checked before parsing; the standard introspection query has 164).
    /// With the limits below it bounds parse and validation work: no document under them costs more than a few
    /// tens of milliseconds of CPU (README, performance notes).
    /// </summary>
    public int MaxTokens { get; set; } = 1000;
    /// <summary>Aliases one document may use.</summary>
    public int MaxAliases { get; set; } = 50;
    /// <summary>Characters of one string or number literal, in the document or in the variables.</summary>
    public int MaxLiteralLength { get; set; } = 256;
    /// <summary>Times one response name may appear in one selection set (validation compares such fields pairwise).</summary>
    public int MaxRepeatedField { get; set; } = 10;
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;
    /// <summary>Points one statusSeries may return.</summary>
    public int MaxSeriesPoints { get; set; } = 2000;
    /// <summary>Status changes one changes() call may return.</summary>
    public int MaxChanges { get; set; } = 20_000;
    /// <summary>Rows the range fields of one request return together: a statusSeries point counts 2, a changes() row 1 (README, performance notes).</summary>
    public int MaxRowsPerRequest { get; set; } = 5_000;
    /// <summary>Parsed, validated documents kept for reuse (0: none).</summary>
    public int DocumentCacheEntries { get; set; } = 1000;
    /// <summary>Results of each kind search() returns.</summary>
    public int SearchLimit { get; set; } = 10;
    public double ExecutionTimeoutSeconds { get; set; } = 10;
}

public sealed class HttpOptions
{
    /// <summary>
    /// Longest request line (method, target, version) and largest header block, in bytes; more is a 414 or 431 with
    /// a GraphQL error. Kestrel's own limits are set a little higher (<see cref="KestrelMarginBytes"/>), so that our
    /// check, which answers with a body, comes first; beyond Kestrel's, Kestrel answers with an empty body.
    /// </summary>
    public int MaxRequestLineBytes { get; set; } = 32 * 1024;
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;
    public int MaxRequestHeaderCount { get; set; } = 100;
    public int KestrelMarginBytes { get; set; } = 8 * 1024;
    /// <summary>Cache-Control max-age for GET responses, in seconds.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 300;
    /// <summary>The Cache-Control header of GET answers, from <see cref="CacheMaxAgeSeconds"/> (built once, not per request).</summary>
    internal string CacheControl => _cacheControl is { } c && c.MaxAge == CacheMaxAgeSeconds ? c.Header : (_cacheControl = (CacheMaxAgeSeconds, $"public, max-age={CacheMaxAgeSeconds}")).Value.Header;
    private (int MaxAge, string Header)? _cacheControl;
    /// <summary>Answers (GraphQL GET and POST, feeds) kept in memory, by dataset identity, day and request (0: none).</summary>
    public int ResponseCacheEntries { get; set; } = 2000;
    /// <summary>Larger answers are not kept.</summary>
    public int ResponseCacheMaxBytes { get; set; } = 2 * 1024 * 1024;
    /// <summary>All kept answers together; when full the cache starts afresh.</summary>
    public long ResponseCacheTotalBytes { get; set; } = 128L * 1024 * 1024;
    /// <summary>
    /// Origins allowed for cross-origin calls; empty (the default) or "*" for any. The default is empty rather than
    /// ["*"] because configuration binding appends to an array's initial items instead of replacing them.
    /// </summary>
    public string[] CorsOrigins { get; set; } = [];
}
