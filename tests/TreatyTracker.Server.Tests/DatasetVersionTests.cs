using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Tests;

/// <summary>Answers at a past dataset version, rebuilt from the seed files up to it.</summary>
public sealed class DatasetVersionTests : IClassFixture<DatasetVersionTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ServerFactory Server { get; } = new(ServerFactory.ShippedData());
        public void Dispose() => Server.Dispose();
    }

    private readonly ServerFactory _server;
    public DatasetVersionTests(Fixture f) => _server = f.Server;

    [Fact]
    public async Task Every_shipped_version_rebuilds_with_its_own_files()
    {
        _server.CreateClient();
        var versions = _server.Services.GetRequiredService<DatasetVersions>();
        for (var v = 1; v <= 10; v++)
        {
            using var lease = await versions.AcquireAsync(v);
            var snapshot = lease.Snapshot;
            Assert.Equal(v, snapshot.Version);
            Assert.Equal(Enumerable.Range(1, v), snapshot.Reference.Dataset.Files.Select(f => f.Version));
        }
    }

    private const string AngolaAndIsrael = "{ dataset { version } ao: participation(treaty: \"GENEVA_PROTOCOL\", country: \"AO\") { consentedOn } " +
        "il: participation(treaty: \"GENEVA_PROTOCOL\", country: \"IL\") { consentedOn } }";

    private static string Get(string query, int? version = null) =>
        "/graphql?query=" + Uri.EscapeDataString(query) + (version is null ? "" : $"&version={version}");

    [Fact]
    public async Task Get_with_version_answers_as_that_version_said()
    {
        var client = _server.CreateClient();
        using var v9 = await client.GetAsync(Get(AngolaAndIsrael, 9));
        Assert.Equal(HttpStatusCode.OK, v9.StatusCode);
        var json = JsonDocument.Parse(await v9.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(9, json.GetProperty("extensions").GetProperty("dataset").GetProperty("version").GetInt32());
        Assert.Equal(9, json.GetProperty("data").GetProperty("dataset").GetProperty("version").GetInt32());
        Assert.Equal("9", v9.Headers.GetValues("X-Dataset-Version").Single());
        // Version 10 corrected Angola's Geneva Protocol deposit and added Israel's.
        Assert.Equal("1990-11-08", json.GetProperty("data").GetProperty("ao").GetProperty("consentedOn").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("il").ValueKind);

        using var v10 = await client.GetAsync(Get(AngolaAndIsrael, 10));
        var ten = JsonDocument.Parse(await v10.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal("1990-10-30", ten.GetProperty("ao").GetProperty("consentedOn").GetString());
        Assert.Equal(JsonValueKind.Object, ten.GetProperty("il").ValueKind);
    }

    [Fact]
    public async Task Post_names_the_version_in_extensions()
    {
        var body = JsonSerializer.Serialize(new { query = AngolaAndIsrael, extensions = new { datasetVersion = 9 } });
        using var response = await _server.CreateClient().SendAsync(Http.Post(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(9, json.GetProperty("extensions").GetProperty("dataset").GetProperty("version").GetInt32());
        Assert.Equal("1990-11-08", json.GetProperty("data").GetProperty("ao").GetProperty("consentedOn").GetString());
    }

    [Fact]
    public async Task Requests_without_a_version_answer_at_the_newest()
    {
        var latest = (await _server.QueryAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetInt32();
        Assert.True(latest >= 10);
        var answer = JsonDocument.Parse(await _server.CreateClient().GetStringAsync(Get(AngolaAndIsrael))).RootElement;
        Assert.Equal(latest, answer.GetProperty("extensions").GetProperty("dataset").GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("999", 404, "DATASET_VERSION_NOT_FOUND", "dataset version 999 does not exist")]
    [InlineData("0", 404, "DATASET_VERSION_NOT_FOUND", "dataset version 0 does not exist")]
    [InlineData("nine", 400, "BAD_DATASET_VERSION", "dataset version number")]
    [InlineData("-1", 400, "BAD_DATASET_VERSION", "dataset version number")]
    public async Task An_unknown_or_malformed_version_is_a_graphql_error(string version, int status, string code, string message)
    {
        using var response = await _server.CreateClient().GetAsync(Get("{ dataset { version } }") + "&version=" + version);
        Assert.Equal(status, (int)response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_with_an_unknown_version_is_a_404()
    {
        var body = JsonSerializer.Serialize(new { query = "{ dataset { version } }", extensions = new { datasetVersion = 4711 } });
        using var response = await _server.CreateClient().SendAsync(Http.Post(body));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("DATASET_VERSION_NOT_FOUND", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("4711", null, 404, "DATASET_VERSION_NOT_FOUND", "dataset version 4711 does not exist; this server has versions 1 to ")]
    [InlineData("0", null, 404, "DATASET_VERSION_NOT_FOUND", "dataset version 0 does not exist")]
    [InlineData("\"nine\"", null, 400, "BAD_DATASET_VERSION", "'extensions.datasetVersion' is a dataset version number such as 9")]
    [InlineData("-1", null, 400, "BAD_DATASET_VERSION", "'extensions.datasetVersion' is a dataset version number such as 9")]
    [InlineData("9.5", null, 400, "BAD_DATASET_VERSION", "'extensions.datasetVersion' is a dataset version number such as 9")]
    [InlineData("9", "10", 400, "BAD_DATASET_VERSION", "the URL asks for dataset version 10 and extensions.datasetVersion for 9")]
    [InlineData(null, "4711", 404, "DATASET_VERSION_NOT_FOUND", "dataset version 4711 does not exist")]
    public async Task Post_with_an_unknown_or_malformed_version_is_a_graphql_error(string? extension, string? url, int status, string code, string message)
    {
        var body = "{\"query\":\"{ dataset { version } }\"" + (extension is null ? "" : $",\"extensions\":{{\"datasetVersion\":{extension}}}") + "}";
        var request = Http.Post(body);
        if (url is not null) request.RequestUri = new Uri("/graphql?version=" + url, UriKind.Relative);
        using var response = await _server.CreateClient().SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType); // a POST's default
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.TryGetProperty("data", out _)); // a request error: nothing was executed
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task An_unknown_version_is_a_404_in_the_graphql_response_media_type_too(string method)
    {
        var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, Get("{ dataset { version } }", 4711))
            : Http.Post("{\"query\":\"{ dataset { version } }\",\"extensions\":{\"datasetVersion\":4711}}");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var response = await _server.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("DATASET_VERSION_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Cached_answers_and_etags_differ_per_version()
    {
        var client = _server.CreateClient();
        var nine = await client.GetAsync(Get(AngolaAndIsrael, 9));
        var ten = await client.GetAsync(Get(AngolaAndIsrael, 10));
        var nineAgain = await client.GetAsync(Get(AngolaAndIsrael, 9)); // from the response cache
        Assert.NotEqual(nine.Headers.ETag!.Tag, ten.Headers.ETag!.Tag);
        Assert.Equal(nine.Headers.ETag!.Tag, nineAgain.Headers.ETag!.Tag);
        var (a, b, c) = (await nine.Content.ReadAsStringAsync(), await ten.Content.ReadAsStringAsync(), await nineAgain.Content.ReadAsStringAsync());
        Assert.NotEqual(a, b);
        Assert.Equal(a, c);
        var conditional = new HttpRequestMessage(HttpMethod.Get, Get(AngolaAndIsrael, 10));
        conditional.Headers.IfNoneMatch.Add(nine.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(conditional)).StatusCode); // version 9's ETag does not validate version 10
    }

    [Fact]
    public async Task Downloads_answer_at_the_requested_version_too()
    {
        var client = _server.CreateClient();
        var nine = await client.GetStringAsync("/export/events.csv?treaty=GENEVA_PROTOCOL&country=AO&version=9");
        Assert.Contains("9,geneva_protocol-ao-accession,1990-11-08,", nine);
        var ten = await client.GetStringAsync("/export/events.csv?treaty=GENEVA_PROTOCOL&country=AO&version=10");
        Assert.Contains("10,geneva_protocol-ao-accession,1990-10-30,", ten);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/export/events.csv?version=99")).StatusCode);
    }
}
