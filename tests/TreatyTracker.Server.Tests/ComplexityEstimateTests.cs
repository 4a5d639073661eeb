using System.Text.Json;

namespace TreatyTracker.Server.Tests;

/// <summary>
/// The complexity estimate (default MaxComplexity) counts unpaged lists by what the data holds at most, so that it follows
/// the work a document causes: many countries' participations (one per treaty) weigh more than a flat 20 items, an event's
/// few sources less.
/// </summary>
public sealed class ComplexityEstimateTests(ContractTests.Fixture f) : IClassFixture<ContractTests.Fixture>
{
    private readonly ServerFactory _server = f.Server;

    private async Task<(int Status, string? Code, string Text)> Post(string query)
    {
        var r = await _server.CreateClient().SendAsync(Http.Post(JsonSerializer.Serialize(new { query })));
        var text = await r.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        var code = json.TryGetProperty("errors", out var e) ? e[0].GetProperty("extensions").GetProperty("code").GetString() : null;
        return ((int)r.StatusCode, code, text);
    }

    private static string Pages(int n, string selection) => string.Join(" ", Enumerable.Range(0, n).Select(i =>
        $"a{i}: countries(first: 100, after: \"{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"offset:{i}"))}\") {{ nodes {{ {selection} }} }}"));

    [Fact]
    public async Task A_page_of_100_countries_with_their_participations_is_refused_before_execution()
    {
        // 100 x (1 + 45 x 5) = 22,602. Estimated with a flat 20 participations per country (10,102), twenty aliased such
        // pages fitted under the old limit of 250,000 (0.78 s of CPU on the shipped data).
        var (status, code, text) = await Post("{ " + Pages(1, "participations { status consentedOn treaty { code name } }") + " }");
        Assert.Equal(400, status);
        Assert.Equal("COMPLEXITY", code);
        Assert.Contains("maximum allowed on this endpoint is 20000", text);
    }

    [Fact]
    public async Task One_page_of_countries_with_participations_and_the_stored_withdrawals_table_pass()
    {
        var (pageStatus, pageCode, _) = await Post("{ countries(first: 80) { nodes { participations { status consentedOn treaty { code name } } } } }");
        Assert.Equal((200, (string?)null), (pageStatus, pageCode));
        var withdrawals = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "withdrawals.graphql"));
        var (status, code, _) = await Post(withdrawals.Replace("query Withdrawals($treaty: ID, $asOf: LocalDate)", "query Withdrawals").Replace("$treaty", "null").Replace("$asOf", "null"));
        Assert.Equal((200, (string?)null), (status, code)); // estimated at 129,503 with a flat 20 sources per event: three would not have fit
    }
}
