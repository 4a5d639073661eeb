using System.Text.Json;

namespace TreatyTracker.Server.Tests;

/// <summary>Query.citation: a one-line citation and CSL-JSON whose permalink gives the same answer later.</summary>
public sealed class CitationTests : IClassFixture<DatasetVersionTests.Fixture>
{
    private readonly ServerFactory _server;
    public CitationTests(DatasetVersionTests.Fixture f) => _server = f.Server;

    private const string Query = "{ participation(treaty: \"GENEVA_PROTOCOL\", country: \"AO\") { consentedOn } citation { text cslJson permalink datasetVersion datasetDate accessed } }";

    [Fact]
    public async Task Citation_names_the_version_and_its_permalink_repeats_the_answer()
    {
        var client = _server.CreateClient();
        var answer = JsonDocument.Parse(await client.GetStringAsync("/graphql?version=9&query=" + Uri.EscapeDataString(Query))).RootElement.GetProperty("data");
        var citation = answer.GetProperty("citation");
        Assert.Equal(9, citation.GetProperty("datasetVersion").GetInt32());
        var today = ServerFactory.ShippedDataDay.InUtc().Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, citation.GetProperty("accessed").GetString());
        var permalink = citation.GetProperty("permalink").GetString()!;
        Assert.StartsWith("http://localhost/graphql?version=9&query=", permalink);
        var date = citation.GetProperty("datasetDate").GetString();
        Assert.Equal($"TreatyTracker, dataset version 9 ({date}): answer to a GraphQL query. {permalink} (accessed {today}).", citation.GetProperty("text").GetString());

        var csl = Assert.Single(JsonDocument.Parse(citation.GetProperty("cslJson").GetString()!).RootElement.EnumerateArray());
        Assert.Equal("dataset", csl.GetProperty("type").GetString());
        Assert.Equal("9", csl.GetProperty("version").GetString());
        Assert.Equal("TreatyTracker", csl.GetProperty("publisher").GetString());
        Assert.Equal(permalink, csl.GetProperty("URL").GetString());
        Assert.Equal(date, string.Join("-", csl.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32().ToString("00"))));

        // The permalink answers as version 9 did (Angola's old date), whatever the newest version says.
        var again = JsonDocument.Parse(await client.GetStringAsync(new Uri(permalink).PathAndQuery)).RootElement;
        Assert.Equal(9, again.GetProperty("extensions").GetProperty("dataset").GetProperty("version").GetInt32());
        Assert.Equal("1990-11-08", again.GetProperty("data").GetProperty("participation").GetProperty("consentedOn").GetString());
        Assert.Equal(permalink, again.GetProperty("data").GetProperty("citation").GetProperty("permalink").GetString());
    }

    [Fact]
    public async Task Citation_of_a_post_with_variables_pins_the_newest_version()
    {
        var body = JsonSerializer.Serialize(new { query = "query Poland($c: ID!) { participation(treaty: \"APMBC\", country: $c) { status(asOf: \"2026-03-01\") } citation { text permalink datasetVersion } }",
            variables = new { c = "PL" }, operationName = "Poland" });
        var response = await _server.CreateClient().SendAsync(Http.Post(body));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var version = json.GetProperty("extensions").GetProperty("dataset").GetProperty("version").GetInt32();
        var citation = json.GetProperty("data").GetProperty("citation");
        Assert.Equal(version, citation.GetProperty("datasetVersion").GetInt32());
        var permalink = new Uri(citation.GetProperty("permalink").GetString()!);
        Assert.Contains($"version={version}&", permalink.Query);
        Assert.Contains("operationName=Poland", permalink.Query);
        Assert.Contains("answer to the GraphQL query Poland", citation.GetProperty("text").GetString());
        var again = JsonDocument.Parse(await _server.CreateClient().GetStringAsync(permalink.PathAndQuery)).RootElement;
        Assert.Equal("WITHDRAWN", again.GetProperty("data").GetProperty("participation").GetProperty("status").GetString());
    }
}
