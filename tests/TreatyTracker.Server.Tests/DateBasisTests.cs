using System.Text.Json;

namespace TreatyTracker.Server.Tests;

/// <summary>Event.dateBasis on the wire: a consent stays in the record when the act that undid it is dated by the state's law.</summary>
public sealed class DateBasisTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "tt-datebasis", Guid.NewGuid().ToString("N"));
    private readonly ServerFactory _server;

    public DateBasisTests()
    {
        Directory.CreateDirectory(_data);
        File.WriteAllText(Path.Combine(_data, "0001-test.yaml"), """
            version: 1
            date: 2026-11-01
            description: A ratification revoked by a law whose deposit day is unknown
            countries:
              - {code: RU, alpha3: RUS, name: Russian Federation, aliases: [Russia], kind: UN_MEMBER}
            treaties:
              - code: CTBT
                name: Comprehensive Nuclear-Test-Ban Treaty
                category: NUCLEAR
                scope: MULTILATERAL
                openedForSignatureOn: 1996-09-24
                depositaries: [Secretary-General of the United Nations]
                entryIntoForceRule: {kind: UNKNOWN}
                withdrawalRule: {}
                coverage: {level: PARTIAL, asOf: 2026-11-01}
                sources: [{url: "https://treaties.un.org/", publisher: United Nations}]
            events:
              - {id: ctbt-ru-signature, treaty: CTBT, country: RU, kind: SIGNATURE, date: 1996-09-24, sources: [{url: "https://treaties.un.org/", publisher: United Nations}]}
              - {id: ctbt-ru-ratification, treaty: CTBT, country: RU, kind: RATIFICATION, date: 2000-06-30, sources: [{url: "https://treaties.un.org/", publisher: United Nations}]}
              - id: ctbt-ru-revoked
                treaty: CTBT
                country: RU
                kind: RATIFICATION_REVOKED
                date: 2023-11-02
                dateBasis: EFFECTIVE_UNDER_DOMESTIC_LAW
                note: the day the law was signed and took effect
                sources: [{url: "https://example.org/law", publisher: Test}]
            """);
        _server = new ServerFactory(_data);
    }

    public void Dispose()
    {
        _server.Dispose();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Events_say_which_day_their_date_is()
    {
        var data = await _server.QueryAsync("""
            { participation(treaty: "CTBT", country: "RU") { before: status(asOf: "2010-01-01") after: status(asOf: "2024-01-01")
                events { eventId kind dateBasis } } }
            """);
        var p = data.GetProperty("participation");
        Assert.Equal("CONTRACTING", p.GetProperty("before").GetString());
        Assert.Equal("SIGNATORY", p.GetProperty("after").GetString());
        var basis = p.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("eventId").GetString()!, e => e.GetProperty("dateBasis").GetString());
        Assert.Equal("DEPOSIT", basis["ctbt-ru-ratification"]);
        Assert.Equal("EFFECTIVE_UNDER_DOMESTIC_LAW", basis["ctbt-ru-revoked"]);
    }

    [Fact]
    public async Task The_enum_describes_each_basis()
    {
        var data = await _server.QueryAsync("""{ __type(name: "DateBasis") { enumValues { name description } } }""");
        var values = data.GetProperty("__type").GetProperty("enumValues").EnumerateArray()
            .ToDictionary(v => v.GetProperty("name").GetString()!, v => v.GetProperty("description").GetString());
        Assert.Equal(["DEPOSIT", "EFFECTIVE_UNDER_DOMESTIC_LAW", "NOTIFICATION_SENT", "DEPOSITARY_PUBLICATION"], values.Keys);
        Assert.All(values.Values, d => Assert.False(string.IsNullOrWhiteSpace(d)));
    }

    [Fact]
    public async Task The_events_csv_carries_the_basis()
    {
        var text = await _server.CreateClient().GetStringAsync("/export/events.csv?treaty=CTBT&country=RU");
        var lines = text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",date_basis", lines[0]);
        Assert.EndsWith(",EFFECTIVE_UNDER_DOMESTIC_LAW", lines.Single(l => l.Contains("ctbt-ru-revoked")));
        Assert.EndsWith(",DEPOSIT", lines.Single(l => l.Contains("ctbt-ru-ratification")));
    }
}
