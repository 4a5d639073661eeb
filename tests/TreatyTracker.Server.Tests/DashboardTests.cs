using System.Text.Json;

namespace TreatyTracker.Server.Tests;

public sealed class DashboardTests : IClassFixture<ContractTests.Fixture>
{
    private readonly ServerFactory _server;
    public DashboardTests(ContractTests.Fixture f) => _server = f.Server;

    private static IEnumerable<string?> Codes(JsonElement nodes) => nodes.EnumerateArray().Select(n => n.GetProperty("country").GetProperty("code").GetString());

    [Fact]
    public async Task Withdrawals_sorted_by_effective_date_unknown_last()
    {
        var data = await _server.QueryAsync("{ withdrawals { totalCount nodes { treaty { code } country { code } withdrawal { effectiveOn } } } }");
        var nodes = data.GetProperty("withdrawals").GetProperty("nodes");
        // LV 2025-12-27, PL 2026-02-20, INF/US 2019-08-02 first; UA (armed conflict, unknown) last.
        Assert.Equal(["US", "LV", "PL", "UA"], Codes(nodes));
        Assert.Equal(JsonValueKind.Null, nodes[3].GetProperty("withdrawal").GetProperty("effectiveOn").ValueKind);
    }

    [Fact]
    public async Task Withdrawals_filters()
    {
        var data = await _server.QueryAsync("""
            { upcomingNow: withdrawals(filter: { upcoming: true }) { nodes { country { code } } }
              notified2025: withdrawals(filter: { treaty: "Ottawa Convention", notifiedFrom: "2025-06-01", notifiedTo: "2025-07-31" }) { nodes { country { code } } }
              effective: withdrawals(filter: { status: EFFECTIVE, effectiveFrom: "2025-01-01" }) { nodes { country { code } } }
              poland: withdrawals(filter: { country: "POL" }) { totalCount } }
            """);
        Assert.Equal(["UA"], Codes(data.GetProperty("upcomingNow").GetProperty("nodes")));
        Assert.Equal(["LV", "UA"], Codes(data.GetProperty("notified2025").GetProperty("nodes")));
        Assert.Equal(["LV", "PL"], Codes(data.GetProperty("effective").GetProperty("nodes")));
        Assert.Equal(1, data.GetProperty("poland").GetProperty("totalCount").GetInt32());

        // Before Poland's withdrawal took effect it was upcoming.
        var then = await _server.QueryAsync("{ withdrawals(filter: { upcoming: true, asOf: \"2026-01-15\" }) { nodes { country { code } } } }");
        Assert.Equal(["PL", "UA"], Codes(then.GetProperty("withdrawals").GetProperty("nodes")));
    }

    [Fact]
    public async Task Changes_in_an_interval()
    {
        var data = await _server.QueryAsync("""
            { changes(from: "2019-01-01", to: "2026-06-30") { date treaty { code } country { code } from to event { kind derived } } }
            """);
        var rows = data.GetProperty("changes").EnumerateArray().Select(c => (
            c.GetProperty("date").GetString(), c.GetProperty("treaty").GetProperty("code").GetString(), c.GetProperty("country").GetProperty("code").GetString(),
            c.GetProperty("from").GetString(), c.GetProperty("to").GetString())).ToList();
        Assert.Equal([
            ("2019-02-02", "INF", "US", "PARTY", "WITHDRAWING"),
            ("2019-08-02", "INF", "RU", "PARTY", "TERMINATED"),
            ("2019-08-02", "INF", "SUHH", "PARTY", "TERMINATED"),
            ("2019-08-02", "INF", "US", "WITHDRAWING", "TERMINATED"),
            ("2025-06-27", "APMBC", "LV", "PARTY", "WITHDRAWING"),
            ("2025-06-30", "APMBC", "UA", "PARTY", "WITHDRAWING"),
            ("2025-08-20", "APMBC", "PL", "PARTY", "WITHDRAWING"),
            ("2025-12-27", "APMBC", "LV", "WITHDRAWING", "WITHDRAWN"),
            ("2026-02-20", "APMBC", "PL", "WITHDRAWING", "WITHDRAWN"),
        ], rows);
        var byCountry = await _server.QueryAsync("{ changes(from: \"2025-01-01\", to: \"2025-12-31\", country: \"Latvia\") { to event { kind derived } } }");
        var last = byCountry.GetProperty("changes")[1];
        Assert.Equal("WITHDRAWN", last.GetProperty("to").GetString());
        Assert.True(last.GetProperty("event").GetProperty("derived").GetBoolean());
    }

    [Theory]
    [InlineData("ottawa", "APMBC", null)]
    [InlineData("mine ban", "APMBC", null)]
    [InlineData("Turkiye", null, "TR")]
    [InlineData("Türkiye", null, "TR")]
    [InlineData("turkey", null, "TR")]
    [InlineData("soviet union", null, "SUHH")]
    [InlineData("intermediate range", "INF", null)]
    public async Task Search_best_match_first(string text, string? treaty, string? country)
    {
        var data = await _server.QueryAsync("query($t: String!) { search(text: $t) { treaties { code } countries { code } } }", new { t = text });
        var r = data.GetProperty("search");
        if (treaty is not null) Assert.Equal(treaty, r.GetProperty("treaties")[0].GetProperty("code").GetString());
        if (country is not null) Assert.Equal(country, r.GetProperty("countries")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Status_counts_and_series()
    {
        var data = await _server.QueryAsync("""
            { treaty(code: "APMBC") {
                statusCounts(asOf: "2026-01-01") { status count }
                statusSeries(from: "2025-06-01", to: "2026-03-01", step: MONTH) { date counts { status count } } } }
            """);
        var counts = data.GetProperty("treaty").GetProperty("statusCounts").EnumerateArray().ToDictionary(c => c.GetProperty("status").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["PARTY"] = 1, ["WITHDRAWING"] = 2, ["WITHDRAWN"] = 1 }, counts);
        var series = data.GetProperty("treaty").GetProperty("statusSeries").EnumerateArray().ToList();
        Assert.Equal(10, series.Count);
        Assert.Equal("2025-06-01", series[0].GetProperty("date").GetString());
        int Count(JsonElement point, string status) => point.GetProperty("counts").EnumerateArray().Where(c => c.GetProperty("status").GetString() == status).Select(c => c.GetProperty("count").GetInt32()).SingleOrDefault();
        Assert.Equal(4, Count(series[0], "PARTY"));
        Assert.Equal(1, Count(series[7], "WITHDRAWN"));  // 2026-01-01: Latvia
        Assert.Equal(2, Count(series[9], "WITHDRAWN"));  // 2026-03-01: and Poland
    }

    [Fact]
    public async Task Thirty_year_monthly_series_in_one_request()
    {
        var data = await _server.QueryAsync("{ treaty(code: \"APMBC\") { statusSeries(from: \"1996-01-01\", to: \"2025-12-01\", step: MONTH) { date } } }");
        Assert.Equal(360, data.GetProperty("treaty").GetProperty("statusSeries").GetArrayLength());
    }

    [Fact]
    public async Task Series_and_changes_limits_are_errors_not_crashes()
    {
        var client = _server.CreateClient();
        var r = await client.SendAsync(Http.Post(JsonSerializer.Serialize(new { query = "{ treaty(code: \"APMBC\") { statusSeries(from: \"1900-01-01\", to: \"2026-01-01\", step: DAY) { date } } }" })));
        var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("TOO_MANY_RESULTS", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var r2 = await client.SendAsync(Http.Post(JsonSerializer.Serialize(new { query = "{ changes(from: \"2020-01-01\", to: \"2019-01-01\") { date } }" })));
        var json2 = JsonDocument.Parse(await r2.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("BAD_RANGE", json2.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Timelines_filter_by_kind_and_derived_and_page_both_ways()
    {
        var data = await _server.QueryAsync("""
            { country(code: "PL") { timeline(filter: { derived: false }, last: 2) { totalCount nodes { kind } pageInfo { hasPreviousPage hasNextPage } } }
              treaty(code: "APMBC") { timeline(filter: { kinds: [TREATY_ENTRY_INTO_FORCE, WITHDRAWAL_EFFECTIVE] }) { nodes { kind dateText country { code } } } } }
            """);
        var pl = data.GetProperty("country").GetProperty("timeline");
        Assert.Equal(4, pl.GetProperty("totalCount").GetInt32());
        Assert.Equal(["WITHDRAWAL_ANNOUNCED", "WITHDRAWAL_NOTIFIED"], pl.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()));
        Assert.True(pl.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var t = data.GetProperty("treaty").GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("dateText").GetString());
        Assert.Equal(["1999-03-01", "2025-12-27", "2026-02-20"], t);
    }
}
