using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CsvHelper;

namespace TreatyTracker.Server.Tests;

/// <summary>Query.changelog, GET /changes.csv and the Atom feeds, on the shipped data (versions 1..10 never change).</summary>
public sealed class ChangelogFeedTests : IClassFixture<DatasetVersionTests.Fixture>
{
    private readonly ServerFactory _server;
    public ChangelogFeedTests(DatasetVersionTests.Fixture f) => _server = f.Server;

    private const string AngolaCorrection = "{ changelog(from: 10, to: 10) { from to versions { version date description fileName added corrected retracted } " +
        "changes(filter: { recordTypes: [EVENT], changes: [CORRECTED], country: \"Angola\" }) { totalCount nodes { version recordType recordId change reason treaty country kind dateText fields { field before after } } } } }";

    [Fact]
    public async Task Changelog_gives_each_version_and_a_correction_with_old_and_new_values()
    {
        var log = (await _server.QueryAsync(AngolaCorrection)).GetProperty("changelog");
        var v10 = Assert.Single(log.GetProperty("versions").EnumerateArray());
        Assert.Equal(10, v10.GetProperty("version").GetInt32());
        Assert.Equal("2026-11-27", v10.GetProperty("date").GetString());
        Assert.Equal("0010-geneva-protocol-deposits-from-notifications.yaml", v10.GetProperty("fileName").GetString());
        Assert.StartsWith("Geneva Protocol", v10.GetProperty("description").GetString());
        Assert.True(v10.GetProperty("corrected").GetInt32() >= 1);
        var angola = Assert.Single(log.GetProperty("changes").GetProperty("nodes").EnumerateArray());
        Assert.Equal("geneva_protocol-ao-accession", angola.GetProperty("recordId").GetString());
        Assert.Equal(("EVENT", "CORRECTED", "GENEVA_PROTOCOL", "AO", "ACCESSION", "1990-10-30"), (angola.GetProperty("recordType").GetString(),
            angola.GetProperty("change").GetString(), angola.GetProperty("treaty").GetString(), angola.GetProperty("country").GetString(),
            angola.GetProperty("kind").GetString(), angola.GetProperty("dateText").GetString()));
        Assert.Contains("Portuguese Aviso 5/91", angola.GetProperty("reason").GetString());
        var date = angola.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "date");
        Assert.Equal(("1990-11-08", "1990-10-30"), (date.GetProperty("before").GetString(), date.GetProperty("after").GetString()));
    }

    [Fact]
    public async Task Changelog_pages_and_answers_as_the_requested_version()
    {
        var page = (await _server.QueryAsync("{ changelog { from to changes(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { version } } } }")).GetProperty("changelog");
        Assert.Equal(1, page.GetProperty("from").GetInt32());
        Assert.True(page.GetProperty("to").GetInt32() >= 10);
        Assert.True(page.GetProperty("changes").GetProperty("totalCount").GetInt32() > 3000);
        Assert.Equal(2, page.GetProperty("changes").GetProperty("nodes").GetArrayLength());
        Assert.True(page.GetProperty("changes").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var client = _server.CreateClient();
        var at9 = JsonDocument.Parse(await client.GetStringAsync("/graphql?version=9&query=" + Uri.EscapeDataString("{ changelog { to versions { version } } }"))).RootElement;
        Assert.Equal(9, at9.GetProperty("data").GetProperty("changelog").GetProperty("to").GetInt32());
        Assert.Equal(Enumerable.Range(1, 9), at9.GetProperty("data").GetProperty("changelog").GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));

        var beyond = JsonDocument.Parse(await client.GetStringAsync("/graphql?version=9&query=" + Uri.EscapeDataString("{ changelog(to: 10) { to } }"))).RootElement;
        Assert.Equal("BAD_VERSION_RANGE", beyond.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Changes_csv_has_the_same_rows_as_the_changelog()
    {
        var client = _server.CreateClient();
        var response = await client.GetAsync("/changes.csv?from=9&to=10");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        using var csv = CsvReader.Create(new StringReader(await response.Content.ReadAsStringAsync()));
        var rows = new List<string>();
        Assert.Equal(["version", "version_date", "record_type", "record_id", "change", "treaty", "country", "kind", "date", "reason", "field", "before", "after"], csv.Headers.ToArray());
        while (csv.Read()) rows.Add(string.Join("|", Enumerable.Range(0, 13).Select(i => csv.Current.GetString(i))));

        var fromGraphQL = new List<string>();
        string? after = null;
        do
        {
            var data = await _server.QueryAsync("query($after: String) { changelog(from: 9, to: 10) { versions { version date } changes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } " +
                "nodes { version recordType recordId change treaty country kind dateText reason fields { field before after } } } } }", new { after });
            var log = data.GetProperty("changelog");
            var dates = log.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("version").GetInt32(), v => v.GetProperty("date").GetString());
            foreach (var n in log.GetProperty("changes").GetProperty("nodes").EnumerateArray())
            {
                string S(string name) => n.GetProperty(name).GetString() ?? "";
                var head = $"{n.GetProperty("version").GetInt32()}|{dates[n.GetProperty("version").GetInt32()]}|{S("recordType")}|{S("recordId")}|{S("change")}|{S("treaty")}|{S("country")}|{S("kind")}|{S("dateText")}|{S("reason")}";
                var fields = n.GetProperty("fields").EnumerateArray().ToList();
                if (fields.Count == 0) fromGraphQL.Add(head + "|||");
                foreach (var f in fields) fromGraphQL.Add($"{head}|{f.GetProperty("field").GetString()}|{f.GetProperty("before").GetString()}|{f.GetProperty("after").GetString()}");
            }
            var info = log.GetProperty("changes").GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        } while (after is not null);
        Assert.True(rows.Count > 20, $"{rows.Count} rows");
        Assert.Equal(fromGraphQL, rows);
        Assert.Contains(rows, r => r.StartsWith("10|2026-11-27|EVENT|geneva_protocol-ao-accession|CORRECTED|GENEVA_PROTOCOL|AO|ACCESSION|1990-10-30|", StringComparison.Ordinal) && r.EndsWith("|date|1990-11-08|1990-10-30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_csv_shows_a_retraction_and_refuses_a_bad_range()
    {
        var client = _server.CreateClient();
        var text = await client.GetStringAsync("/changes.csv?from=5&to=5");
        Assert.Contains("5,2026-11-27,EVENT,open-skies-si-entry-into-force,RETRACTED,OPEN_SKIES,SI,ENTRY_INTO_FORCE,2004-11-24,", text.Split('\n')[0..].First(l => l.Contains("open-skies-si-entry-into-force,RETRACTED")));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/changes.csv?from=3&to=2")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/changes.csv?version=9&to=10")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/changes.csv?version=999")).StatusCode);
    }

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>RFC 4287 4.1: a feed and each entry have exactly one id, title and updated; the feed has an author; ids are unique.</summary>
    private static void AssertAtom(string xml)
    {
        var doc = XDocument.Parse(xml);
        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var element in new[] { feed }.Concat(feed.Elements(Atom + "entry")))
            foreach (var required in new[] { "id", "title", "updated" })
                Assert.Single(element.Elements(Atom + required));
        Assert.NotEmpty(feed.Elements(Atom + "author"));
        var ids = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id));
    }

    [Fact]
    public async Task Changes_feed_is_atom_with_one_entry_per_version_newest_first()
    {
        var response = await _server.CreateClient().GetAsync("/feeds/changes.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        AssertAtom(xml);
        var feed = FeedReader.ReadFromString(xml);
        Assert.Equal(FeedType.Atom, feed.Type);
        Assert.True(feed.Items.Count >= 10);
        var versions = feed.Items.Select(i => int.Parse(i.Title.Split(' ', ':')[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(versions.OrderDescending(), versions);
        var v10 = feed.Items.Single(i => i.Title.StartsWith("Dataset version 10:", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2026, 11, 27), ((AtomFeedItem)v10.SpecificItem).UpdatedDate!.Value.Date);
        Assert.Contains("geneva_protocol-ao-accession", v10.Content);
        Assert.Contains("date: 1990-11-08 → 1990-10-30", v10.Content);
        var links = ((AtomFeedItem)v10.SpecificItem).Links;
        Assert.Contains(links, l => l.Relation == "alternate" && l.Href.EndsWith("/changes.csv?from=10&to=10", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Relation == "related" && l.Href.Contains("/graphql?version=10&query=", StringComparison.Ordinal));
        // Ids stay the same from one fetch to the next (feed readers use them to tell new entries).
        var again = FeedReader.ReadFromString(await _server.CreateClient().GetStringAsync("/feeds/changes.atom"));
        Assert.Equal(feed.Items.Select(i => i.Id), again.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Status_feed_filters_by_treaty_and_country_and_links_each_entry_to_its_source()
    {
        var client = _server.CreateClient();
        var xml = await client.GetStringAsync("/feeds/status.atom?treaty=APMBC&country=PL");
        AssertAtom(xml);
        var feed = FeedReader.ReadFromString(xml);
        Assert.Equal(FeedType.Atom, feed.Type);
        var withdrawn = feed.Items.First(); // newest first
        Assert.Equal("Poland: WITHDRAWING → WITHDRAWN in the Anti-Personnel Mine Ban Convention on 2026-02-20", withdrawn.Title);
        Assert.StartsWith("https://", ((AtomFeedItem)withdrawn.SpecificItem).Links.Single(l => l.Relation == "alternate").Href);
        Assert.All(feed.Items, i => Assert.Contains("Poland", i.Title));
        Assert.All(feed.Items, i => Assert.Contains("Anti-Personnel Mine Ban Convention", i.Title));
        Assert.Contains(feed.Items, i => i.Title.StartsWith("Poland: WITHDRAWN", StringComparison.Ordinal) is false && i.Title.Contains("→ PARTY"));

        var byCountry = FeedReader.ReadFromString(await client.GetStringAsync("/feeds/status.atom?country=Poland"));
        Assert.Contains(byCountry.Items, i => i.Title == withdrawn.Title);
        Assert.Contains(byCountry.Items, i => !i.Title.Contains("Mine Ban"));
        var today = ServerFactory.ShippedDataDay.ToDateTimeUtc().Date;
        Assert.All(byCountry.Items, i => Assert.True(((AtomFeedItem)i.SpecificItem).UpdatedDate!.Value.Date <= today)); // effective dates reached, none ahead

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/status.atom?treaty=Atlantis%20Pact")).StatusCode);
    }
}
