using System.Globalization;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CsvHelper;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;
using TreatyTracker.Server.GraphQL;
using TreatyTracker.Storage;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Http;

/// <summary>
/// What changed, for people who do not speak GraphQL: the changelog as CSV (the rows of Query.changelog), an Atom
/// feed (RFC 4287) of dataset versions and an Atom feed of status changes, each entry linking to its source.
/// </summary>
public static class ChangeFeeds
{
    public const string AtomMediaType = "application/atom+xml";
    private const string AtomContentType = AtomMediaType + "; charset=utf-8";
    /// <summary>Status changes in one feed: the most recent ones.</summary>
    public const int StatusFeedEntries = 100;

    public static IEndpointRouteBuilder MapChangeFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/changes.csv", ChangesCsv);
        app.MapGet("/feeds/changes.atom", ChangesAtom);
        app.MapGet("/feeds/status.atom", StatusAtom);
        return app;
    }

    private static bool TryVersion(HttpContext http, string name, out int? value)
    {
        value = null;
        if (http.Request.Query[name] is not { Count: > 0 } v || string.IsNullOrWhiteSpace(v)) return true;
        if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        value = n;
        return true;
    }

    /// <summary>The changelog versions from..to (?from=, ?to=) of the request's snapshot; writes a 400 and returns null for a bad range, a 503 when it cannot be computed.</summary>
    private static async Task<(DatasetSnapshot Snapshot, IReadOnlyList<VersionChanges> Versions)?> Changelog(HttpContext http)
    {
        if (await RequestSnapshot.ChooseAsync(http) is not { } snapshot) return null;
        if (!TryVersion(http, "from", out var fromArg) || !TryVersion(http, "to", out var toArg) ||
            (fromArg ?? 1) < 1 || (toArg ?? snapshot.Version) > snapshot.Version || (fromArg ?? 1) > (toArg ?? snapshot.Version))
        {
            await RequestSnapshot.Problem(http, 400, "BAD_VERSION_RANGE", $"'from' and 'to' are dataset versions with 1 <= from <= to <= {snapshot.Version}");
            return null;
        }
        var (from, to) = (fromArg ?? 1, toArg ?? snapshot.Version);
        try
        {
            var all = await http.RequestServices.GetRequiredService<DatasetChangelog>().ForAsync(snapshot, http.RequestAborted);
            return (snapshot, all.Where(v => v.Version >= from && v.Version <= to).ToList());
        }
        catch (DatasetVersionUnavailableException e)
        {
            await RequestSnapshot.Problem(http, 503, "CHANGELOG_UNAVAILABLE", $"the changelog cannot be computed: {e.Message}");
            return null;
        }
    }

    public static readonly string[] CsvHeader =
        ["version", "version_date", "record_type", "record_id", "change", "treaty", "country", "kind", "date", "reason", "field", "before", "after"];

    /// <summary>The changelog's rows: one per changed field of a correction, one per addition or retraction.</summary>
    public static IEnumerable<string[]> CsvRows(IEnumerable<VersionChanges> versions) =>
        from v in versions
        from c in v.Changes
        from f in c.Fields.Count == 0 ? [null] : c.Fields.Cast<FieldChange?>()
        select new[]
        {
            v.Version.ToString(CultureInfo.InvariantCulture), Dates.Iso(v.Date), EnumText.Of(ChangedRecords.Of(c.RecordType)), c.RecordId,
            EnumText.Of(c.Change), c.TreatyCode ?? "", c.CountryCode ?? "", c.Kind ?? "", c.Date ?? "", c.Reason ?? "",
            f?.Field ?? "", f?.Before ?? "", f?.After ?? "",
        };

    private static async Task ChangesCsv(HttpContext http)
    {
        if (await Changelog(http) is not var (snapshot, versions)) return;
        await Answer(http, snapshot, "text/csv; charset=utf-8", "changes.csv", () =>
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            using (var csv = CsvWriter.Create(writer))
            {
                csv.WriteHeader(CsvHeader);
                foreach (var row in CsvRows(versions)) csv.WriteRecord(row);
            }
            return Task.FromResult(Encoding.UTF8.GetBytes(writer.ToString()));
        });
    }

    /// <summary>
    /// From the response cache (by dataset identity, day, host, path and query: the feeds' links are absolute), with
    /// ETag and 304; otherwise written once and kept.
    /// </summary>
    private static async Task Answer(HttpContext http, DatasetSnapshot snapshot, string contentType, string? fileName, Func<Task<byte[]>> write)
    {
        var cache = http.RequestServices.GetRequiredService<ResponseCache>();
        var key = cache.KeyOf(snapshot, $"feed\n{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}");
        if (await cache.TryAnswerAsync(http, snapshot, key, httpCaching: true)) return;
        await cache.AnswerAsync(http, key, new Answer(StatusCodes.Status200OK, contentType, await write(), fileName is null ? null : $"attachment; filename=\"{fileName}\""));
    }

    private static async Task ChangesAtom(HttpContext http)
    {
        if (await Changelog(http) is not var (snapshot, versions)) return;
        await Answer(http, snapshot, AtomContentType, null, () => Task.FromResult(ChangesFeed(http, snapshot, versions)));
    }

    private static byte[] ChangesFeed(HttpContext http, DatasetSnapshot snapshot, IReadOnlyList<VersionChanges> versions)
    {
        var baseUrl = RequestSnapshot.BaseUrl(http.Request);
        var entries = versions.OrderByDescending(v => v.Version).Select(v =>
        {
            var csv = $"{baseUrl}/changes.csv?from={v.Version}&to={v.Version}";
            var item = new SyndicationItem
            {
                Id = StableId($"dataset-version/{v.Version}/{v.Sha256}"),
                Title = new TextSyndicationContent($"Dataset version {v.Version}: {v.Description}"),
                LastUpdatedTime = Midnight(v.Date),
                PublishDate = Midnight(v.Date),
                Summary = new TextSyndicationContent(Counts(v)),
                Content = new TextSyndicationContent(Describe(v)),
            };
            item.Links.Add(new SyndicationLink(new Uri(csv), "alternate", $"Changes of version {v.Version} (CSV)", "text/csv", 0));
            item.Links.Add(new SyndicationLink(new Uri($"{baseUrl}/graphql?version={v.Version}&query=" +
                Uri.EscapeDataString($"{{ changelog(from: {v.Version}, to: {v.Version}) {{ versions {{ version date description }} changes(first: 100) {{ totalCount nodes {{ recordType recordId change reason fields {{ field before after }} }} }} }} }}")),
                "related", $"Changes of version {v.Version} (GraphQL)", GraphQLEndpoint.Json, 0));
            return item;
        }).ToList();
        var feed = Feed("changes", "TreatyTracker: dataset versions and their changes",
            "Each dataset version of TreatyTracker (one seed file) with the records it added, corrected and retracted.", http, entries,
            versions.Count == 0 ? snapshot.Reference.Dataset.Date : versions.Max(v => v.Date));
        return Atom(feed);
    }

    private static async Task StatusAtom(HttpContext http)
    {
        if (await RequestSnapshot.ChooseAsync(http) is not { } snapshot) return;
        if (await RequestSnapshot.ChooseTreatyAndCountryAsync(http, snapshot) is not (true, var treaty, var country)) return;
        await Answer(http, snapshot, AtomContentType, null, () => StatusFeed(http, snapshot, treaty, country));
    }

    private static async Task<byte[]> StatusFeed(HttpContext http, DatasetSnapshot snapshot, Treaty? treaty, Country? country)
    {
        var reference = snapshot.Reference;
        var today = http.RequestServices.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date;
        var records = await http.RequestServices.GetRequiredService<TreatyRecordLoader>().LoadMany(reference.TreatyCodesFor(treaty, country)).GetResultAsync(http.RequestAborted);
        var changes = records.SelectMany(r => r.ChangesBetween(new LocalDate(1, 1, 1), today, country?.Code))
            .OrderByDescending(c => c.Date).ThenBy(c => c.Treaty.Code, StringComparer.Ordinal).ThenBy(c => c.CountryCode, StringComparer.Ordinal)
            .Take(StatusFeedEntries).ToList();
        var entries = changes.Select(c =>
        {
            var name = reference.CountryByCode.TryGetValue(c.CountryCode, out var k) ? k.Name : c.CountryCode;
            var source = c.Event?.Sources.FirstOrDefault() ?? c.Treaty.Sources.FirstOrDefault();
            var what = c.Event is { } e ? $"{EnumText.Of(e.Kind)} ({(e.Derived ? "derived from the treaty's rule" : "recorded")}, dated {e.Date})" : "the treaty's own entry into force or end";
            var item = new SyndicationItem
            {
                Id = StableId($"status/{c.Treaty.Code}/{c.CountryCode}/{Dates.Iso(c.Date)}/{EnumText.Of(c.From)}/{EnumText.Of(c.To)}"),
                Title = new TextSyndicationContent($"{name}: {EnumText.Of(c.From)} → {EnumText.Of(c.To)} in the {c.Treaty.Name} on {Dates.Iso(c.Date)}"),
                LastUpdatedTime = Midnight(c.Date),
                Summary = new TextSyndicationContent($"From {Dates.Iso(c.Date)} {name} is {EnumText.Of(c.To)} in the {c.Treaty.FullName} (before: {EnumText.Of(c.From)}), by {what}." +
                    (source is null ? "" : $" Source: {source.Publisher}{(source.Notification is { } n ? $" ({n})" : "")}.")),
            };
            item.Categories.Add(new SyndicationCategory(c.Treaty.Code));
            item.Categories.Add(new SyndicationCategory(EnumText.Of(c.To)));
            if (source is not null && Uri.TryCreate(source.Url, UriKind.Absolute, out var url))
                item.Links.Add(new SyndicationLink(url, "alternate", source.Publisher, null, 0));
            return item;
        }).ToList();
        var scope = string.Join(", ", new[] { treaty?.Name, country?.Name }.OfType<string>());
        var feed = Feed($"status/{treaty?.Code}/{country?.Code}", $"TreatyTracker: status changes{(scope.Length > 0 ? $" ({scope})" : "")}",
            $"Who became party, who withdrew, effective dates reached: the latest {StatusFeedEntries} changes of legal status up to today, each with its source (dataset version {snapshot.Version}).",
            http, entries, changes.Count == 0 ? snapshot.Reference.Dataset.Date : changes.Max(c => c.Date));
        return Atom(feed);
    }

    private static SyndicationFeed Feed(string key, string title, string subtitle, HttpContext http, List<SyndicationItem> entries, LocalDate updated)
    {
        var self = $"{RequestSnapshot.BaseUrl(http.Request)}{http.Request.Path}{http.Request.QueryString}";
        var feed = new SyndicationFeed(title, subtitle, new Uri(self), StableId($"feed/{key}"), Midnight(updated), entries);
        feed.Authors.Add(new SyndicationPerson { Name = "TreatyTracker" });
        feed.Generator = "TreatyTracker";
        feed.Links.Clear();
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", title, AtomMediaType, 0));
        return feed;
    }

    private static byte[] Atom(SyndicationFeed feed)
    {
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(xml);
        return buffer.ToArray();
    }

    private static DateTimeOffset Midnight(LocalDate date) => new(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An Atom id that never changes for the same thing: a name-based UUID (RFC 9562 version 8) of the key.</summary>
    public static string StableId(string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("treatytracker:" + key))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(bytes, bigEndian: true)}";
    }

    private static string Counts(VersionChanges v)
    {
        int Count(RecordChangeKind k) => v.Changes.Count(c => c.Change == k);
        return $"{Count(RecordChangeKind.Added)} records added, {Count(RecordChangeKind.Corrected)} corrected, {Count(RecordChangeKind.Retracted)} retracted.";
    }

    /// <summary>The version in words: additions counted per treaty, every correction (field by field) and retraction in full.</summary>
    private static string Describe(VersionChanges v)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Dataset version {v.Version} ({v.FileName}, {Dates.Iso(v.Date)}): {v.Description}\n{Counts(v)}\n");
        var added = v.Changes.Where(c => c.Change == RecordChangeKind.Added).GroupBy(c => (c.RecordType, c.TreatyCode)).ToList();
        if (added.Count > 0)
            sb.Append("Added: ").AppendJoin("; ", added.Select(g => $"{g.Count()} {g.Key.RecordType}{(g.Count() == 1 ? "" : "s")}{(g.Key.TreatyCode is { } t && g.Key.RecordType != RecordTypes.Treaty ? $" of {t}" : "")}")).Append('\n');
        foreach (var c in v.Changes.Where(c => c.Change != RecordChangeKind.Added))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{EnumText.Of(c.Change)} {c.RecordType} {c.RecordId}");
            if (c.Kind is not null) sb.Append(CultureInfo.InvariantCulture, $" ({c.Kind} {c.Date})");
            sb.Append(": ");
            if (c.Fields.Count > 0) sb.AppendJoin("; ", c.Fields.Select(f => $"{f.Field}: {f.Before ?? "(none)"} → {f.After ?? "(none)"}")).Append(". ");
            sb.Append(CultureInfo.InvariantCulture, $"Reason: {c.Reason}\n");
        }
        return sb.ToString();
    }
}
