using System.Text.Json;

namespace TreatyTracker.Server.Tests;

public sealed class ContractTests : IClassFixture<ContractTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ServerFactory Server { get; } = new(ServerFactory.TestData());
        public void Dispose() => Server.Dispose();
    }

    private readonly ServerFactory _server;
    public ContractTests(Fixture f) => _server = f.Server;

    [Theory]
    [InlineData("APMBC")]
    [InlineData("apmbc")]
    [InlineData("Ottawa Convention")]
    [InlineData("mine ban treaty")]
    public async Task Treaty_by_code_or_alias(string code)
    {
        var data = await _server.QueryAsync("query($c: ID!) { treaty(code: $c) { code name aliases withdrawalRule { noticePeriod article armedConflictClause } entryIntoForceOn } }", new { c = code });
        var t = data.GetProperty("treaty");
        Assert.Equal("APMBC", t.GetProperty("code").GetString());
        Assert.Equal("P6M", t.GetProperty("withdrawalRule").GetProperty("noticePeriod").GetString());
        Assert.True(t.GetProperty("withdrawalRule").GetProperty("armedConflictClause").GetBoolean());
        Assert.Equal("1999-03-01", t.GetProperty("entryIntoForceOn").GetString());
    }

    [Theory]
    [InlineData("PL")]
    [InlineData("pol")]
    [InlineData("Poland")]
    public async Task Country_by_alpha2_alpha3_or_name(string code)
    {
        var data = await _server.QueryAsync("query($c: ID!) { country(code: $c) { code alpha3 name } }", new { c = code });
        Assert.Equal("POL", data.GetProperty("country").GetProperty("alpha3").GetString());
    }

    [Fact]
    public async Task Country_alias_and_accents()
    {
        // An unknown name is null with a NOT_FOUND error (NotFoundTests), so the answer is read whole here.
        var response = await _server.CreateClient().SendAsync(Http.Post(JsonSerializer.Serialize(new
        {
            query = "{ a: country(code: \"Turkey\") { code } b: country(code: \"turkiye\") { code } c: country(code: \"Atlantis\") { code } }",
        })));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var data = answer.GetProperty("data");
        Assert.Equal("TR", data.GetProperty("a").GetProperty("code").GetString());
        Assert.Equal("TR", data.GetProperty("b").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("c").ValueKind);
        Assert.Equal("NOT_FOUND", Assert.Single(answer.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("2013-05-31", "CONTRACTING")]
    [InlineData("2013-06-01", "PARTY")]
    [InlineData("2025-08-20", "WITHDRAWING")]
    [InlineData("2026-02-19", "WITHDRAWING")]
    [InlineData("2026-02-20", "WITHDRAWN")]
    public async Task Status_as_of_a_date(string asOf, string expected)
    {
        var data = await _server.QueryAsync("query($d: LocalDate) { participation(treaty: \"Ottawa Convention\", country: \"Poland\") { status(asOf: $d) } }", new { d = asOf });
        Assert.Equal(expected, data.GetProperty("participation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Effective_withdrawal_with_its_basis_and_source()
    {
        var data = await _server.QueryAsync("""
            { participation(treaty: "APMBC", country: "PL") {
                status signedOn consentedOn consentKind entryIntoForceOn
                withdrawal { status announcedOn announced notifiedOn effectiveOn effectiveOnConfirmed basis
                  events { kind derived dateText sources { url publisher notification } } } } }
            """);
        var p = data.GetProperty("participation");
        Assert.Equal("WITHDRAWN", p.GetProperty("status").GetString()); // server clock: ServerFactory.ShippedDataDay
        Assert.Equal("RATIFICATION", p.GetProperty("consentKind").GetString());
        Assert.Equal("2013-06-01", p.GetProperty("entryIntoForceOn").GetString());
        var w = p.GetProperty("withdrawal");
        Assert.Equal("EFFECTIVE", w.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, w.GetProperty("announcedOn").ValueKind); // known only to the month
        Assert.Equal("2025-03", w.GetProperty("announced").GetString());
        Assert.Equal("2025-08-20", w.GetProperty("notifiedOn").GetString());
        Assert.Equal("2026-02-20", w.GetProperty("effectiveOn").GetString());
        Assert.False(w.GetProperty("effectiveOnConfirmed").GetBoolean());
        Assert.Equal("Article 20: six months after the depositary received the instrument on 2025-08-20.", w.GetProperty("basis").GetString());
        var notified = w.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "WITHDRAWAL_NOTIFIED");
        Assert.Equal("C.N.421.2025.TREATIES-XXVI-5", notified.GetProperty("sources")[0].GetProperty("notification").GetString());
        var effective = w.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "WITHDRAWAL_EFFECTIVE");
        Assert.True(effective.GetProperty("derived").GetBoolean());
    }

    [Fact]
    public async Task Armed_conflict_gives_null_effective_date_and_says_why()
    {
        var data = await _server.QueryAsync("{ participation(treaty: \"APMBC\", country: \"UA\") { status withdrawal { effectiveOn periodEndsOn postponedByArmedConflict basis } } }");
        var w = data.GetProperty("participation").GetProperty("withdrawal");
        Assert.Equal(JsonValueKind.Null, w.GetProperty("effectiveOn").ValueKind);
        Assert.Equal("2025-12-30", w.GetProperty("periodEndsOn").GetString());
        Assert.True(w.GetProperty("postponedByArmedConflict").GetBoolean());
        Assert.Contains("armed conflict", w.GetProperty("basis").GetString());
        Assert.Equal("WITHDRAWING", data.GetProperty("participation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Never_took_part_is_null()
    {
        var data = await _server.QueryAsync("{ participation(treaty: \"INF\", country: \"PL\") { status } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("participation").ValueKind);
    }

    [Fact]
    public async Task Bilateral_treaty_terminates_with_one_partys_withdrawal_and_russia_continues_the_ussr()
    {
        var data = await _server.QueryAsync("""
            { treaty(code: "INF") { terminatedOn }
              us: participation(treaty: "INF", country: "US") { before: status(asOf: "2019-08-01") after: status(asOf: "2019-08-02") withdrawal { effectiveOn basis } }
              ru: participation(treaty: "INF", country: "Russia") { before: status(asOf: "2019-08-01") after: status(asOf: "2019-08-02") consentedOn } }
            """);
        Assert.Equal("2019-08-02", data.GetProperty("treaty").GetProperty("terminatedOn").GetString());
        Assert.Equal("WITHDRAWING", data.GetProperty("us").GetProperty("before").GetString());
        Assert.Equal("TERMINATED", data.GetProperty("us").GetProperty("after").GetString());
        Assert.Equal("PARTY", data.GetProperty("ru").GetProperty("before").GetString());
        Assert.Equal("TERMINATED", data.GetProperty("ru").GetProperty("after").GetString());
        Assert.Equal("1988-06-01", data.GetProperty("ru").GetProperty("consentedOn").GetString());
        Assert.Contains("the other party received", data.GetProperty("us").GetProperty("withdrawal").GetProperty("basis").GetString());
    }

    [Fact]
    public async Task Participations_filtered_by_status_and_counted()
    {
        var data = await _server.QueryAsync("""
            { treaty(code: "APMBC") {
                all: participations { totalCount nodes { country { code } } }
                parties2024: participations(status: PARTY, asOf: "2024-01-01") { totalCount }
                withdrawn: participations(status: WITHDRAWN) { nodes { country { code } } }
                partyCount(asOf: "2024-01-01") now: partyCount } }
            """);
        var t = data.GetProperty("treaty");
        Assert.Equal(4, t.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(["LV", "PL", "TR", "UA"], t.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("country").GetProperty("code").GetString()));
        Assert.Equal(4, t.GetProperty("parties2024").GetProperty("totalCount").GetInt32());
        Assert.Equal(["LV", "PL"], t.GetProperty("withdrawn").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("country").GetProperty("code").GetString()));
        Assert.Equal(4, t.GetProperty("partyCount").GetInt32());
        Assert.Equal(2, t.GetProperty("now").GetInt32()); // TR party, UA withdrawing
    }

    [Fact]
    public async Task Treaty_and_country_participations_filter_by_status_alike_and_their_timelines_filter_alike()
    {
        // Treaty.participations and Country.participations share their status argument (ParticipationFields), as do their timelines.
        var data = await _server.QueryAsync("""
            { treaty(code: "APMBC") {
                withdrawn: participations(status: WITHDRAWN) { nodes { country { code } } }
                parties2024: participations(status: PARTY, asOf: "2024-01-01") { nodes { country { code } } }
                timeline(filter: { derived: false, to: "2020-12-31" }) { nodes { eventId country { code } } } }
              lv: country(code: "LV") {
                withdrawn: participations(status: WITHDRAWN) { treaty { code } }
                parties2024: participations(status: PARTY, asOf: "2024-01-01") { treaty { code } }
                timeline(filter: { derived: false, to: "2020-12-31" }) { nodes { eventId treaty { code } } } } }
            """);
        static string?[] Codes(JsonElement list, string field) => list.EnumerateArray().Select(n => n.GetProperty(field).GetProperty("code").GetString()).ToArray();
        var t = data.GetProperty("treaty");
        var lv = data.GetProperty("lv");
        Assert.Contains("LV", Codes(t.GetProperty("withdrawn").GetProperty("nodes"), "country"));
        Assert.Contains("APMBC", Codes(lv.GetProperty("withdrawn"), "treaty"));
        Assert.Contains("LV", Codes(t.GetProperty("parties2024").GetProperty("nodes"), "country"));
        Assert.Contains("APMBC", Codes(lv.GetProperty("parties2024"), "treaty"));
        var lvInTreaty = t.GetProperty("timeline").GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("country").ValueKind == JsonValueKind.Object && n.GetProperty("country").GetProperty("code").GetString() == "LV")
            .Select(n => n.GetProperty("eventId").GetString()).ToList();
        var apmbcInCountry = lv.GetProperty("timeline").GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("treaty").GetProperty("code").GetString() == "APMBC").Select(n => n.GetProperty("eventId").GetString()).ToList();
        Assert.NotEmpty(lvInTreaty);
        Assert.Equal(lvInTreaty, apmbcInCountry);
    }

    [Fact]
    public async Task Cursor_paging_forwards_and_backwards()
    {
        var first = await _server.QueryAsync("{ events(first: 3, filter: { treaty: \"APMBC\" }) { totalCount edges { cursor node { eventId } } pageInfo { hasNextPage hasPreviousPage endCursor } } }");
        var conn = first.GetProperty("events");
        var total = conn.GetProperty("totalCount").GetInt32();
        Assert.True(total > 6);
        Assert.True(conn.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(conn.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var end = conn.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var next = await _server.QueryAsync("query($a: String) { events(first: 3, after: $a, filter: { treaty: \"APMBC\" }) { edges { cursor node { eventId } } pageInfo { hasPreviousPage startCursor } } }", new { a = end });
        Assert.True(next.GetProperty("events").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var start = next.GetProperty("events").GetProperty("pageInfo").GetProperty("startCursor").GetString();

        var back = await _server.QueryAsync("query($b: String) { events(last: 3, before: $b, filter: { treaty: \"APMBC\" }) { edges { node { eventId } } } }", new { b = start });
        Assert.Equal(
            conn.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("eventId").GetString()),
            back.GetProperty("events").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("eventId").GetString()));
        // The timeline starts with the treaty's own milestones.
        Assert.Equal("apmbc~adopted", conn.GetProperty("edges")[0].GetProperty("node").GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task Events_filter_by_kind_date_and_derived()
    {
        var data = await _server.QueryAsync("""
            { events(filter: { kinds: [WITHDRAWAL_EFFECTIVE], from: "2025-01-01", to: "2026-12-31", derived: true }) {
                nodes { country { code } date derived } } }
            """);
        var nodes = data.GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([("LV", "2025-12-27"), ("PL", "2026-02-20")],
            nodes.Select(n => (n.GetProperty("country").GetProperty("code").GetString(), n.GetProperty("date").GetString())));
    }

    [Fact]
    public async Task Node_ids_round_trip()
    {
        var data = await _server.QueryAsync("{ treaty(code: \"APMBC\") { id } participation(treaty: \"APMBC\", country: \"PL\") { id events { id eventId } } }");
        var treatyId = data.GetProperty("treaty").GetProperty("id").GetString();
        var partId = data.GetProperty("participation").GetProperty("id").GetString();
        var ev = data.GetProperty("participation").GetProperty("events")[1];
        var nodes = await _server.QueryAsync("query($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { id ... on Treaty { code } } b: node(id: $b) { ... on Participation { country { code } } } c: node(id: $c) { ... on Event { eventId } } }",
            new { a = treatyId, b = partId, c = ev.GetProperty("id").GetString() });
        Assert.Equal("APMBC", nodes.GetProperty("a").GetProperty("code").GetString());
        Assert.Equal("PL", nodes.GetProperty("b").GetProperty("country").GetProperty("code").GetString());
        Assert.Equal(ev.GetProperty("eventId").GetString(), nodes.GetProperty("c").GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task Dataset_and_country_views()
    {
        var data = await _server.QueryAsync("""
            { dataset { version description files { fileName sha256 } }
              country(code: "USSR") { kind continuedBy { code } successors { code } }
              ru: country(code: "RU") { participations { treaty { code } } timeline { totalCount } } }
            """);
        Assert.Equal(1, data.GetProperty("dataset").GetProperty("version").GetInt32());
        Assert.Equal("0001-test.yaml", data.GetProperty("dataset").GetProperty("files")[0].GetProperty("fileName").GetString());
        Assert.Equal("FORMER_STATE", data.GetProperty("country").GetProperty("kind").GetString());
        Assert.Equal("RU", data.GetProperty("country").GetProperty("continuedBy").GetProperty("code").GetString());
        Assert.Equal("INF", data.GetProperty("ru").GetProperty("participations")[0].GetProperty("treaty").GetProperty("code").GetString());
    }
}
