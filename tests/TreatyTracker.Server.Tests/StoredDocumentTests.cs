using System.Net;
using System.Text.Json;
using TreatyTracker.Server.GraphQL;

namespace TreatyTracker.Server.Tests;

public sealed class StoredDocumentTests : IClassFixture<ContractTests.Fixture>
{
    private readonly ServerFactory _server;
    public StoredDocumentTests(ContractTests.Fixture f) => _server = f.Server;

    private static StoredDocument Doc(string name) => StoredDocuments.Read(Path.Combine(AppContext.BaseDirectory, "Documents", name + ".graphql"));

    [Fact]
    public async Task Stored_query_by_sha256_over_get_is_short_and_cacheable()
    {
        var doc = Doc("treaty-map");
        Assert.Matches("^sha256:[0-9a-f]{64}$", doc.Id);
        var url = $"/graphql?documentId={Uri.EscapeDataString(doc.Id)}&variables={Uri.EscapeDataString("{\"treaty\":\"APMBC\",\"asOf\":\"2026-01-01\"}")}";
        var client = _server.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var nodes = json.GetProperty("data").GetProperty("treaty").GetProperty("participations").GetProperty("nodes");
        Assert.Equal("WITHDRAWING", nodes.EnumerateArray().Single(n => n.GetProperty("country").GetProperty("code").GetString() == "PL").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Every_stored_document_is_valid_against_the_schema()
    {
        var client = _server.CreateClient();
        var listed = JsonDocument.Parse(await client.GetStringAsync("/documents")).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, listed.Count);
        foreach (var d in listed)
        {
            var variables = d.GetProperty("name").GetString() switch
            {
                "status-series" => "{\"treaty\":\"APMBC\",\"from\":\"2020-01-01\",\"to\":\"2026-01-01\",\"step\":\"YEAR\"}",
                _ => "{\"treaty\":\"APMBC\"}",
            };
            var r = await client.GetAsync($"/graphql?documentId={Uri.EscapeDataString(d.GetProperty("id").GetString()!)}&variables={Uri.EscapeDataString(variables)}");
            var body = await r.Content.ReadAsStringAsync();
            Assert.True(r.StatusCode == HttpStatusCode.OK, body);
            Assert.False(JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out _), body);
        }
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    [InlineData("md5:abc", HttpStatusCode.BadRequest)]
    [InlineData("nonsense", HttpStatusCode.BadRequest)]
    public async Task Unknown_or_malformed_ids_get_a_clear_4xx(string id, HttpStatusCode expected)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={Uri.EscapeDataString(id)}");
            request.Headers.TryAddWithoutValidation("Accept", accept);
            var r = await _server.CreateClient().SendAsync(request);
            Assert.Equal(expected, r.StatusCode);
            var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
            Assert.False(string.IsNullOrEmpty(json.GetProperty("errors")[0].GetProperty("message").GetString()));
        }
    }
}

public class ReadmeTests
{
    [Fact]
    public void Document_ids_in_the_readme_are_the_stored_documents()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ServerFactory.ShippedData())!, "README.md"));
        var ids = System.Text.RegularExpressions.Regex.Matches(readme, "documentId=(sha256:[0-9a-f]{64})").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        var known = new StoredDocuments().All.Select(d => d.Id).ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, known));
    }
}
