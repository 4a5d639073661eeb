using System.Globalization;
using System.Text;
using CsvHelper;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using TreatyTracker.Domain;
using TreatyTracker.Server.Data;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.Http;

/// <summary>Downloads for people who do not speak GraphQL: an iCalendar feed of effective withdrawals and CSV exports.</summary>
public static class Feeds
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/withdrawals.ics", WithdrawalsCalendar);
        app.MapGet("/export/events.csv", EventsCsv);
        app.MapGet("/export/participations.csv", ParticipationsCsv);
        return app;
    }

    private sealed record Selection(DatasetSnapshot Snapshot, IReadOnlyList<string> TreatyCodes, Country? Country);

    /// <summary>Resolves ?version=, ?treaty= and ?country=; writes the error and returns null when any is unknown.</summary>
    private static async Task<Selection?> Select(HttpContext http)
    {
        if (await RequestSnapshot.ChooseAsync(http) is not { } snapshot) return null; // ?version=N
        if (await RequestSnapshot.ChooseTreatyAndCountryAsync(http, snapshot) is not (true, var treaty, var country)) return null;
        return new Selection(snapshot, snapshot.Reference.TreatyCodesFor(treaty, country), country);
    }

    /// <summary>
    /// The feed from the response cache (by dataset identity, day, path and query, like GraphQL answers), with ETag
    /// and 304; otherwise the selected treaty records are loaded, the feed is written once to UTF-8 and kept.
    /// </summary>
    private static async Task Answer(HttpContext http, Selection sel, string contentType, string? fileName, Func<IReadOnlyList<TreatyRecord>, string> write)
    {
        var cache = http.RequestServices.GetRequiredService<ResponseCache>();
        var key = cache.KeyOf(sel.Snapshot, $"feed\n{http.Request.Path}{http.Request.QueryString}");
        if (await cache.TryAnswerAsync(http, sel.Snapshot, key, httpCaching: true)) return;
        var records = await http.RequestServices.GetRequiredService<TreatyRecordLoader>().LoadMany(sel.TreatyCodes).GetResultAsync(http.RequestAborted);
        await cache.AnswerAsync(http, key, new Answer(StatusCodes.Status200OK, contentType, Encoding.UTF8.GetBytes(write(records)),
            fileName is null ? null : $"attachment; filename=\"{fileName}\""));
    }

    private static bool TryDate(HttpContext http, string name, out LocalDate? date)
    {
        date = null;
        if (http.Request.Query[name] is not { Count: > 0 } v || string.IsNullOrWhiteSpace(v)) return true;
        if (!Dates.TryParseDay(v, out var d)) return false;
        date = d;
        return true;
    }

    private static async Task WithdrawalsCalendar(HttpContext http)
    {
        if (await Select(http) is not { } sel) return;
        await Answer(http, sel, "text/calendar; charset=utf-8", null, records => WithdrawalsIcs(sel, records));
    }

    private static string WithdrawalsIcs(Selection sel, IReadOnlyList<TreatyRecord> records)
    {
        var calendar = new Calendar { ProductId = "-//TreatyTracker//Withdrawals//EN" };
        calendar.AddProperty("X-WR-CALNAME", "TreatyTracker: effective withdrawals");
        calendar.AddProperty("X-WR-CALDESC", $"Days withdrawals from arms-control treaties take effect (dataset version {sel.Snapshot.Version}).");
        var stamp = sel.Snapshot.Reference.Dataset.Date;
        var countries = sel.Snapshot.Reference.CountryByCode;
        foreach (var record in records)
            foreach (var p in record.Participations.Values.Where(p => sel.Country is null || p.CountryCode == sel.Country.Code).OrderBy(p => p.CountryCode, StringComparer.Ordinal))
                foreach (var w in p.Withdrawals.Where(w => w.TakesEffect))
                {
                    var day = w.EffectiveOn!.Value;
                    var name = countries.TryGetValue(p.CountryCode, out var c) ? c.Name : p.CountryCode;
                    var kind = w.EffectiveOnConfirmed ? "confirmed by a source" : "computed from the treaty's rule";
                    var source = w.Events.FirstOrDefault(e => e.Kind == EventKind.WithdrawalNotified)?.Sources.FirstOrDefault();
                    var ev = new CalendarEvent
                    {
                        Uid = $"{record.Treaty.Code.ToLowerInvariant()}-{p.CountryCode.ToLowerInvariant()}-{Dates.Iso(w.NotifiedOn ?? day)}@treatytracker",
                        Summary = $"{name}: withdrawal from the {record.Treaty.Name} takes effect",
                        Description = $"Effective {Dates.Iso(day)} ({kind}). Notice received {Dates.Iso(w.NotifiedOn) ?? "(not recorded)"}. {w.Basis}" +
                                      (source is null ? "" : $" Source: {source.Publisher}{(source.Notification is { } n ? $" ({n})" : "")}, {source.Url}"),
                        DtStart = new CalDateTime(day.Year, day.Month, day.Day),
                        DtEnd = new CalDateTime(day.PlusDays(1).Year, day.PlusDays(1).Month, day.PlusDays(1).Day),
                        DtStamp = new CalDateTime(stamp.Year, stamp.Month, stamp.Day, 0, 0, 0, "UTC"),
                    };
                    ev.Categories.Add(w.EffectiveOnConfirmed ? "CONFIRMED" : "COMPUTED");
                    if (source is not null && Uri.TryCreate(source.Url, UriKind.Absolute, out var url)) ev.Url = url;
                    calendar.Events.Add(ev);
                }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static async Task EventsCsv(HttpContext http)
    {
        if (!TryDate(http, "from", out var from) || !TryDate(http, "to", out var to))
        {
            await RequestSnapshot.Problem(http, 400, "BAD_DATE", "'from' and 'to' are calendar dates such as 2025-06-27");
            return;
        }
        if (await Select(http) is not { } sel) return;
        var countries = sel.Snapshot.Reference.CountryByCode;
        await Answer(http, sel, CsvType, "events.csv", records => Csv(csv =>
        {
            var events = records.SelectMany(r => sel.Country is null ? r.Timeline() : r.For(sel.Country.Code)?.Events ?? [])
                .Where(e => (from is null || e.Day >= from) && (to is null || e.Day <= to));
            csv.WriteHeader(new[] { "dataset_version", "event_id", "date", "date_precision", "kind", "derived", "treaty", "country_code", "country_name",
                         "depositary", "note", "source_urls", "source_publishers", "notifications", "date_basis" });
            foreach (var e in EventKinds.TimelineOrder(events))
            {
                csv.WriteRecord(new[]
                {
                    sel.Snapshot.Version.ToString(CultureInfo.InvariantCulture),
                    e.Id,
                    e.Date.ToString(),
                    EnumText.Of(e.Date.Precision),
                    EnumText.Of(e.Kind),
                    e.Derived ? "true" : "false",
                    e.TreatyCode,
                    e.CountryCode ?? "",
                    e.CountryCode is { } cc && countries.TryGetValue(cc, out var c) ? c.Name : "",
                    e.Depositary ?? "",
                    e.Note ?? "",
                    string.Join(" | ", e.Sources.Select(s => s.Url)),
                    string.Join(" | ", e.Sources.Select(s => s.Publisher)),
                    string.Join(" | ", e.Sources.Select(s => s.Notification).OfType<string>()),
                    EnumText.Of(e.DateBasis),
                });
            }
        }));
    }

    private static async Task ParticipationsCsv(HttpContext http)
    {
        if (!TryDate(http, "asOf", out var asOfArg))
        {
            await RequestSnapshot.Problem(http, 400, "BAD_DATE", "'asOf' is a calendar date such as 2026-01-01");
            return;
        }
        if (await Select(http) is not { } sel) return;
        var asOf = asOfArg ?? http.RequestServices.GetRequiredService<IClock>().Today();
        var countries = sel.Snapshot.Reference.CountryByCode;
        await Answer(http, sel, CsvType, "participations.csv", records => Csv(csv =>
        {
            csv.WriteHeader(new[] { "dataset_version", "as_of", "treaty", "country_code", "country_alpha3", "country_name", "status", "suspended",
                         "signed_on", "consented_on", "consent_kind", "entry_into_force_on", "withdrawal_status", "withdrawal_announced",
                         "withdrawal_notified_on", "withdrawal_effective_on", "withdrawal_effective_confirmed", "withdrawal_basis" });
            foreach (var record in records.OrderBy(r => r.Treaty.Code, StringComparer.Ordinal))
                foreach (var p in record.Participations.Values.Where(p => sel.Country is null || p.CountryCode == sel.Country.Code).OrderBy(p => p.CountryCode, StringComparer.Ordinal))
                {
                    var c = countries.GetValueOrDefault(p.CountryCode);
                    var w = p.Withdrawal;
                    csv.WriteRecord(new[]
                    {
                        sel.Snapshot.Version.ToString(CultureInfo.InvariantCulture),
                        Dates.Iso(asOf),
                        record.Treaty.Code,
                        p.CountryCode,
                        c?.Alpha3 ?? "",
                        c?.Name ?? "",
                        EnumText.Of(p.StatusOn(asOf)),
                        p.IsSuspendedOn(asOf) ? "true" : "false",
                        Dates.Iso(p.SignedOn) ?? "",
                        Dates.Iso(p.ConsentedOn) ?? "",
                        p.ConsentKind is { } k ? EnumText.Of(k) : "",
                        Dates.Iso(p.EntryIntoForceOn) ?? "",
                        w is null ? "" : EnumText.Of(w.StatusOn(asOf)),
                        w?.Announced?.ToString() ?? "",
                        Dates.Iso(w?.NotifiedOn) ?? "",
                        Dates.Iso(w?.EffectiveOn) ?? "",
                        w is null ? "" : w.EffectiveOnConfirmed ? "true" : "false",
                        w?.Basis ?? "",
                    });
                }
        }));
    }

    private const string CsvType = "text/csv; charset=utf-8";

    private static string Csv(Action<CsvWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer)) write(csv);
        return writer.ToString();
    }
}
