using System.Net;
using System.Text.Json;

namespace TreatyTracker.Server.Tests;

/// <summary>Past versions asked for at the same time: each file is built once at a time, and every answer is that version's.</summary>
public sealed class VersionBuildTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "tt-version-build-tests", Guid.NewGuid().ToString("N"));
    private readonly ServerFactory _server;

    public VersionBuildTests()
    {
        Directory.CreateDirectory(_data);
        File.Copy(Path.Combine(ServerFactory.TestData(), "0001-test.yaml"), Path.Combine(_data, "0001-test.yaml"));
        foreach (var (version, country) in new[] { (2, "TR"), (3, "UA") })
            File.WriteAllText(Path.Combine(_data, $"000{version}-more.yaml"), $$"""
                version: {{version}}
                date: 2026-11-0{{version}}
                description: one more event
                events:
                  - {id: apmbc-{{country.ToLowerInvariant()}}-note, treaty: APMBC, country: {{country}}, kind: DOMESTIC_STEP, date: 2003-05, note: test, sources: [{url: "https://example.org/", publisher: Test}]}
                """);
        // One snapshot in memory: asking for version 2 forgets version 1's while it may still be building.
        _server = new ServerFactory(_data, settings: new Dictionary<string, string?> { ["TreatyTracker:Versions:CachedVersions"] = "1" });
    }

    public void Dispose()
    {
        _server.Dispose();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Versions_asked_for_together_all_answer_as_themselves()
    {
        var client = _server.CreateClient();
        const string query = "{ dataset { version } participation(treaty: \"APMBC\", country: \"PL\") { consentedOn } }";
        // Neither file exists yet: the requests for version 1 after the first find its snapshot forgotten, and build again.
        var asked = Enumerable.Range(0, 10).Select(i => 1 + i % 2).ToList();
        var answers = await Task.WhenAll(asked.Select(async v =>
        {
            using var response = await client.GetAsync($"/graphql?version={v}&query={Uri.EscapeDataString(query)}");
            return (v, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        foreach (var (v, status, body) in answers)
        {
            Assert.True(status == HttpStatusCode.OK, $"version {v}: {(int)status} {body}");
            var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
            Assert.Equal(v, data.GetProperty("dataset").GetProperty("version").GetInt32());
            Assert.Equal("2012-12-27", data.GetProperty("participation").GetProperty("consentedOn").GetString());
        }
    }
}
