using System.Net;
using System.Text;
using System.Text.Json;

namespace TreatyTracker.Server.Tests;

/// <summary>
/// One answer for a name that matches nothing: a NOT_FOUND error with the same message and extensions
/// (code, argument, value) from a GraphQL lookup (whose field is null), a GraphQL list filter, and every feed
/// (a 404 with the same error object). A known treaty and country without a record is null without an error.
/// </summary>
public sealed class NotFoundTests : IClassFixture<ContractTests.Fixture>
{
    private readonly ServerFactory _server;
    public NotFoundTests(ContractTests.Fixture f) => _server = f.Server;

    private async Task<(HttpStatusCode Status, JsonElement Body)> Query(string query)
    {
        var body = JsonSerializer.Serialize(new { query });
        using var response = await _server.CreateClient().PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static void AssertNotFound(JsonElement error, string message, string argument, string value)
    {
        Assert.Equal(message, error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("NOT_FOUND", extensions.GetProperty("code").GetString());
        Assert.Equal(argument, extensions.GetProperty("argument").GetString());
        Assert.Equal(value, extensions.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("{ treaty(code: \"Atlantis Pact\") { code } }", "treaty", "no treaty matches 'Atlantis Pact'", "code", "Atlantis Pact")]
    [InlineData("{ country(code: \"Atlantis\") { code } }", "country", "no country matches 'Atlantis'", "code", "Atlantis")]
    [InlineData("{ participation(treaty: \"Atlantis Pact\", country: \"PL\") { status } }", "participation", "no treaty matches 'Atlantis Pact'", "treaty", "Atlantis Pact")]
    [InlineData("{ participation(treaty: \"APMBC\", country: \"Atlantis\") { status } }", "participation", "no country matches 'Atlantis'", "country", "Atlantis")]
    public async Task A_lookup_naming_nothing_is_null_with_a_NOT_FOUND_error_at_its_path(string query, string field, string message, string argument, string value)
    {
        var (status, body) = await Query(query);
        Assert.Equal(HttpStatusCode.OK, status); // a field error, not a request error
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty(field).ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        AssertNotFound(error, message, argument, value);
        Assert.Equal([field], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("nonsense")] // not a global id (moved here from ContractTests.Node_ids_round_trip, which asserted the null)
    [InlineData("VHJlYXR5OlpaWg==")] // "Treaty:ZZZ": no such treaty
    [InlineData("UGFydGljaXBhdGlvbjpBUE1CQy9aWg==")] // "Participation:APMBC/ZZ": no such participation
    [InlineData("RXZlbnQ6QVBNQkMvbm8tc3VjaC1ldmVudA==")] // "Event:APMBC/no-such-event"
    [InlineData("UGxhbmV0OlBM")] // "Planet:PL": no such type
    public async Task A_node_id_naming_nothing_is_null_with_a_NOT_FOUND_error_at_its_path(string id)
    {
        var (status, body) = await Query($"{{ node(id: \"{id}\") {{ id }} }}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("node").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        AssertNotFound(error, $"no node matches '{id}'", "id", id);
        Assert.Equal(["node"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_nested_lookup_naming_nothing_is_null_with_the_error_at_its_path()
    {
        var (_, body) = await Query("{ country(code: \"PL\") { code participation(treaty: \"Atlantis Pact\") { status } } }");
        var country = body.GetProperty("data").GetProperty("country");
        Assert.Equal("PL", country.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, country.GetProperty("participation").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        AssertNotFound(error, "no treaty matches 'Atlantis Pact'", "treaty", "Atlantis Pact");
        Assert.Equal(["country", "participation"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("{ participation(treaty: \"APMBC\", country: \"US\") { status } }")]
    [InlineData("{ country(code: \"USA\") { participation(treaty: \"Ottawa Convention\") { status } } }")]
    public async Task Never_took_part_is_null_without_an_error(string query)
    {
        var (status, body) = await Query(query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var data = body.GetProperty("data");
        var participation = data.TryGetProperty("participation", out var p) ? p : data.GetProperty("country").GetProperty("participation");
        Assert.Equal(JsonValueKind.Null, participation.ValueKind);
    }

    [Theory]
    [InlineData("{ events(filter: { treaty: \"Atlantis Pact\" }) { totalCount } }", "no treaty matches 'Atlantis Pact'", "filter.treaty", "Atlantis Pact")]
    [InlineData("{ events(filter: { country: \"Atlantis\" }) { totalCount } }", "no country matches 'Atlantis'", "filter.country", "Atlantis")]
    [InlineData("{ withdrawals(filter: { treaty: \"Atlantis Pact\" }) { totalCount } }", "no treaty matches 'Atlantis Pact'", "filter.treaty", "Atlantis Pact")]
    [InlineData("{ withdrawals(filter: { country: \"Atlantis\" }) { totalCount } }", "no country matches 'Atlantis'", "filter.country", "Atlantis")]
    [InlineData("{ changes(from: \"2025-01-01\", to: \"2025-12-31\", treaty: \"Atlantis Pact\") { date } }", "no treaty matches 'Atlantis Pact'", "treaty", "Atlantis Pact")]
    [InlineData("{ changes(from: \"2025-01-01\", to: \"2025-12-31\", country: \"Atlantis\") { date } }", "no country matches 'Atlantis'", "country", "Atlantis")]
    [InlineData("{ changelog { changes(filter: { treaty: \"Atlantis Pact\" }) { totalCount } } }", "no treaty matches 'Atlantis Pact'", "filter.treaty", "Atlantis Pact")]
    [InlineData("{ changelog { versions { changes(filter: { country: \"Atlantis\" }) { totalCount } } } }", "no country matches 'Atlantis'", "filter.country", "Atlantis")]
    public async Task A_list_filter_naming_nothing_is_the_same_NOT_FOUND_error(string query, string message, string argument, string value)
    {
        var (status, body) = await Query(query);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertNotFound(Assert.Single(body.GetProperty("errors").EnumerateArray()), message, argument, value);
    }

    [Fact]
    public async Task A_changelog_filter_by_a_known_name_or_code_still_filters()
    {
        var data = await _server.QueryAsync("{ a: changelog { changes(filter: { country: \"Poland\" }) { totalCount } } b: changelog { changes(filter: { country: \"pl\" }) { totalCount } } }");
        var count = data.GetProperty("a").GetProperty("changes").GetProperty("totalCount").GetInt32();
        Assert.True(count > 0);
        Assert.Equal(count, data.GetProperty("b").GetProperty("changes").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("/calendar/withdrawals.ics")]
    [InlineData("/export/events.csv")]
    [InlineData("/export/participations.csv")]
    [InlineData("/feeds/status.atom")]
    public async Task A_feed_naming_nothing_is_a_404_with_the_same_error(string path)
    {
        var client = _server.CreateClient();
        foreach (var (query, message, argument, value) in new[]
                 {
                     ("?treaty=Atlantis%20Pact", "no treaty matches 'Atlantis Pact'", "treaty", "Atlantis Pact"),
                     ("?treaty=APMBC&country=Atlantis", "no country matches 'Atlantis'", "country", "Atlantis"),
                 })
        {
            using var response = await client.GetAsync(path + query);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            AssertNotFound(Assert.Single(body.GetProperty("errors").EnumerateArray()), message, argument, value);
        }
    }

    [Fact]
    public async Task GraphQL_and_the_feeds_write_the_same_error_object()
    {
        var (_, graphql) = await Query("{ events(filter: { treaty: \"Atlantis Pact\" }) { totalCount } }");
        var fromGraphQL = graphql.GetProperty("errors")[0].GetProperty("extensions");
        using var response = await _server.CreateClient().GetAsync("/export/events.csv?treaty=Atlantis%20Pact");
        var fromFeed = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("filter.treaty", fromGraphQL.GetProperty("argument").GetString());
        Assert.Equal("treaty", fromFeed.GetProperty("argument").GetString()); // where each was given: the argument, the query parameter
        Assert.Equal(
            fromGraphQL.EnumerateObject().Where(p => p.Name != "argument").Select(p => $"{p.Name}={p.Value.GetRawText()}"),
            fromFeed.EnumerateObject().Where(p => p.Name != "argument").Select(p => $"{p.Name}={p.Value.GetRawText()}"));
    }

    [Fact]
    public async Task A_feed_with_an_unknown_version_answers_with_the_GraphQL_code()
    {
        using var response = await _server.CreateClient().GetAsync("/export/events.csv?version=99");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("DATASET_VERSION_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
