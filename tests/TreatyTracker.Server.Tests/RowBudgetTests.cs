using System.Text.Json;

namespace TreatyTracker.Server.Tests;

/// <summary>
/// TreatyTracker:GraphQL:MaxRowsPerRequest bounds what the range fields of one request return together (a statusSeries
/// point counts 2, a changes() row 1), however many aliases or list items ask for them.
/// </summary>
public sealed class RowBudgetTests : IDisposable
{
    private const int Budget = 30;

    private readonly ServerFactory _server = new(ServerFactory.TestData(), settings: new Dictionary<string, string?>
    {
        ["TreatyTracker:GraphQL:MaxRowsPerRequest"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public void Dispose() => _server.Dispose();

    private static string Series(string alias, string from, string to) =>
        $"{alias}: treaty(code: \"APMBC\") {{ statusSeries(from: \"{from}\", to: \"{to}\", step: DAY) {{ date }} }}";

    private async Task<JsonElement> Send(string query)
    {
        var r = await _server.CreateClient().SendAsync(Http.Post(JsonSerializer.Serialize(new { query })));
        Assert.Equal(200, (int)r.StatusCode); // field errors: the request itself is well formed
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<string?> Codes(JsonElement answer) =>
        answer.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()) : [];

    [Fact]
    public async Task Series_within_the_budget_answer_and_aliases_beyond_it_are_field_errors()
    {
        var one = await Send("{ " + Series("a", "2000-01-01", "2000-01-10") + " }"); // 10 points: 20 rows
        Assert.Empty(Codes(one));
        Assert.Equal(10, one.GetProperty("data").GetProperty("a").GetProperty("statusSeries").GetArrayLength());

        var again = await Send("{ " + Series("a", "2000-01-01", "2000-01-10") + " }"); // a new request has its own budget
        Assert.Empty(Codes(again));

        var two = await Send("{ " + Series("a", "2000-01-01", "2000-01-10") + " " + Series("b", "2000-02-01", "2000-02-10") + " }"); // 40 rows
        Assert.Equal(["TOO_MANY_RESULTS"], Codes(two));
        var data = two.GetProperty("data");
        var answered = new[] { "a", "b" }.Count(alias => data.GetProperty(alias).ValueKind == JsonValueKind.Object &&
                                                        data.GetProperty(alias).GetProperty("statusSeries").ValueKind == JsonValueKind.Array);
        Assert.Equal(1, answered); // the first to take its rows answers; the other is refused before it is built
        Assert.Contains($"more than {Budget} rows", two.GetProperty("errors")[0].GetProperty("message").GetString());

        // A refused field gives its rows back: 20 + (20 refused) + 4 fits in 30, whichever order they resolve in.
        var three = await Send("{ " + Series("a", "2000-01-01", "2000-01-10") + " " + Series("b", "2000-02-01", "2000-02-10") + " " +
                               Series("c", "2000-03-01", "2000-03-02") + " }");
        Assert.Equal(["TOO_MANY_RESULTS"], Codes(three));
        Assert.Equal(2, new[] { "a", "b", "c" }.Count(alias => three.GetProperty("data").GetProperty(alias).ValueKind == JsonValueKind.Object));
    }

    [Fact]
    public async Task Changes_and_series_draw_on_the_same_budget()
    {
        const string changes = "c: changes(from: \"1900-01-01\", to: \"2026-12-01\") { date }";
        var alone = await Send("{ " + changes + " }");
        Assert.Empty(Codes(alone));
        var n = alone.GetProperty("data").GetProperty("c").GetArrayLength();
        Assert.InRange(n, 2, Budget); // the test data has a few changes, fewer than the budget

        var points = (Budget - n) / 2 + 1; // alone within the budget (2 * points <= Budget), with the changes beyond it
        Assert.InRange(2 * points, 1, Budget);
        var series = Series("s", "2000-01-01", new NodaTime.LocalDate(2000, 1, 1).PlusDays(points - 1).ToString("yyyy-MM-dd", null));
        Assert.Empty(Codes(await Send("{ " + series + " }")));

        var both = await Send("{ " + changes + " " + series + " }");
        Assert.Equal(["TOO_MANY_RESULTS"], Codes(both));
    }
}
