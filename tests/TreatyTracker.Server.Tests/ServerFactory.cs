using System.Data.Common;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.Tests;

/// <summary>Counts the SQL commands the server runs, to prove batching.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    public int Count => Volatile.Read(ref _count);
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>The real server in process, on its own database built from a given data directory, with a fake clock.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tt-server-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings = [];

    private readonly IInterceptor? _extraInterceptor;

    /// <summary>"Today" for tests of the shipped data: on or after the newest seed file's date (a file dated after today is refused).</summary>
    public static readonly Instant ShippedDataDay = Instant.FromUtc(2026, 12, 6, 12, 0);

    public ServerFactory(string dataDirectory, Instant? now = null, IDictionary<string, string?>? settings = null, IInterceptor? interceptor = null)
    {
        _extraInterceptor = interceptor;
        Directory.CreateDirectory(_root);
        DataDirectory = dataDirectory;
        Clock = new FakeClock(now ?? ShippedDataDay);
        _settings["TreatyTracker:DataDirectory"] = dataDirectory;
        _settings["TreatyTracker:DatabasePath"] = Path.Combine(_root, "test.db");
        if (settings is not null) foreach (var (k, v) in settings) _settings[k] = v;
    }

    public string DataDirectory { get; }
    public FakeClock Clock { get; }
    public CommandCounter Commands { get; } = new();

    /// <summary>The repository's own data/ folder: tests against the shipped dataset.</summary>
    public static string ShippedData() =>
        Path.Combine(RepositoryPaths.Root() ?? throw new InvalidOperationException("repository root not found"), "data");

    public static string TestData() => Path.Combine(AppContext.BaseDirectory, "TestData");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<IInterceptor>(Commands);
            if (_extraInterceptor is not null) services.AddSingleton(_extraInterceptor);
        });
    }

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var client = CreateClient();
        var body = JsonSerializer.Serialize(new { query, variables });
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        if (json.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException($"GraphQL errors: {errors}");
        Assert.Equal(200, (int)response.StatusCode);
        return json.GetProperty("data");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}

public static class Http
{
    public static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var m = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        m.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) m.Headers.TryAddWithoutValidation("Accept", accept);
        return m;
    }
}
