using System.Net;
using System.Text;
using Ical.Net;

namespace TreatyTracker.Server.Tests;

public sealed class FeedTests : IClassFixture<ContractTests.Fixture>
{
    private readonly ServerFactory _server;
    public FeedTests(ContractTests.Fixture f) => _server = f.Server;

    [Fact]
    public async Task Calendar_lists_known_effective_dates_as_valid_icalendar()
    {
        var response = await _server.CreateClient().GetAsync("/calendar/withdrawals.ics?treaty=Ottawa%20Convention");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        // RFC 5545: CRLF line ends, lines of at most 75 octets, VERSION and PRODID, UID and DTSTAMP on each event.
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.Contains("VERSION:2.0\r\n", text);
        Assert.Contains("PRODID:", text);

        var calendar = Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        // Latvia and Poland; Ukraine's date is unknown (armed conflict), so it has no calendar entry.
        Assert.Equal(2, events.Count);
        Assert.Equal(new DateTime(2025, 12, 27), events[0].DtStart!.Value);
        Assert.False(events[0].DtStart!.HasTime);
        Assert.Contains("Latvia", events[0].Summary);
        Assert.Contains("COMPUTED", events[0].Categories);
        Assert.Contains("Article 20: six months after the depositary received the instrument on 2025-06-27", events[0].Description!.Replace("\r\n ", ""));
        Assert.All(events, e => { Assert.False(string.IsNullOrEmpty(e.Uid)); Assert.NotNull(e.DtStamp); });
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task Calendar_filters_by_country_and_refuses_unknown_names()
    {
        var client = _server.CreateClient();
        var pl = Calendar.Load(await client.GetStringAsync("/calendar/withdrawals.ics?country=POL"))!;
        Assert.Equal(new DateTime(2026, 2, 20), Assert.Single(pl.Events).DtStart!.Value);
        var us = Calendar.Load(await client.GetStringAsync("/calendar/withdrawals.ics?country=US"))!;
        Assert.Equal(new DateTime(2019, 8, 2), Assert.Single(us.Events).DtStart!.Value);
        var unknown = await client.GetAsync("/calendar/withdrawals.ics?treaty=Atlantis%20Pact");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // The GraphQL-shaped error (JSON escapes the quotes, so the message is read, not searched in the bytes).
        var error = System.Text.Json.JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Contains("no treaty matches 'Atlantis Pact'", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Participations_csv_as_of_a_date_with_the_dataset_version()
    {
        var response = await _server.CreateClient().GetAsync("/export/participations.csv?treaty=APMBC&asOf=2026-01-01");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("participations.csv", response.Content.Headers.ContentDisposition!.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split(new[] { "\r\n", "\n" }, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dataset_version,as_of,treaty,country_code,country_alpha3,country_name,status,suspended,signed_on,consented_on,consent_kind,entry_into_force_on,withdrawal_status,withdrawal_announced,withdrawal_notified_on,withdrawal_effective_on,withdrawal_effective_confirmed,withdrawal_basis", lines[0]);
        Assert.Equal(5, lines.Length);
        var pl = lines.Single(l => l.Contains(",PL,"));
        Assert.StartsWith("1,2026-01-01,APMBC,PL,POL,Poland,WITHDRAWING,false,1997-12-04,2012-12-27,RATIFICATION,2013-06-01,NOTIFIED,2025-03,2025-08-20,2026-02-20,false,", pl);
        Assert.StartsWith("1,2026-01-01,APMBC,LV,LVA,Latvia,WITHDRAWN,", lines.Single(l => l.Contains(",LV,")));
    }

    [Fact]
    public async Task Events_csv_filters_and_quotes()
    {
        var text = await _server.CreateClient().GetStringAsync("/export/events.csv?country=PL&from=2025-01-01");
        var lines = text.Split(new[] { "\r\n", "\n" }, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("dataset_version,event_id,date,date_precision,kind,derived,treaty,country_code", lines[0]);
        Assert.Equal(["WITHDRAWAL_ANNOUNCED", "WITHDRAWAL_NOTIFIED", "WITHDRAWAL_EFFECTIVE"], lines.Skip(1).Select(l => l.Split(',')[4]));
        Assert.Contains("1,apmbc-pl-withdrawal-announced,2025-03,MONTH,WITHDRAWAL_ANNOUNCED,false,APMBC,PL,Poland", lines[1]);
        Assert.Contains("C.N.421.2025.TREATIES-XXVI-5", lines[2]);
        Assert.Contains(",true,", lines[3]); // the effective date is derived
        var bad = await _server.CreateClient().GetAsync("/export/events.csv?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Feeds_are_cacheable()
    {
        var client = _server.CreateClient();
        var first = await client.GetAsync("/export/participations.csv?treaty=APMBC&asOf=2026-01-01");
        Assert.NotNull(first.Headers.ETag);
        var again = new HttpRequestMessage(HttpMethod.Get, "/export/participations.csv?treaty=APMBC&asOf=2026-01-01");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
