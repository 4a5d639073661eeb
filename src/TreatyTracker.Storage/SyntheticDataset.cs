using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Storage;

/// <summary>
/// Large, deterministic, made-up datasets (for tests and benchmarks only, never for data/). Every (treaty, country) pair
/// gets a signature, a ratification and a domestic step; a quarter of the pairs also announce and notify a withdrawal.
/// All of it passes the seed validator, so it exercises the whole build.
/// </summary>
public static class SyntheticDataset
{
    private static readonly (EventKind Kind, int Offset)[] Acts =
        [(EventKind.Signature, 0), (EventKind.Ratification, 400), (EventKind.DomesticStep, 9000), (EventKind.WithdrawalAnnounced, 9100), (EventKind.WithdrawalNotified, 9200)];
    private static readonly Source SyntheticSource = new("https://example.org/synthetic", "Synthetic");
    private static readonly LocalDate FileDate = new(2026, 1, 1);

    /// <summary>One file: <paramref name="treaties"/> × <paramref name="countries"/> pairs, up to <paramref name="eventsPerPair"/> (≤ 5) events each.</summary>
    public static string Write(string directory, int treaties = 50, int countries = 200, int eventsPerPair = 5)
    {
        Directory.CreateDirectory(directory);
        var file = new FileWriter(1, "0001-synthetic.yaml");
        file.Countries(countries);
        file.Treaties(treaties);
        file.EventsHeader();
        for (var t = 0; t < treaties; t++)
            for (var c = 0; c < countries; c++)
                for (var k = 0; k < eventsPerPair && k < Acts.Length; k++)
                    if (Happens(t, c, k)) file.Event(t, c, k);
        file.Finish(directory);
        return Path.Combine(directory, file.FileName);
    }

    /// <summary>
    /// Exactly <paramref name="events"/> events over <paramref name="countries"/> countries and as many treaties as that takes
    /// (3.5 events per pair on average, so 1,000,000 events over 200 countries are 1,429 treaties of 700 events each, the
    /// size of a large real treaty). Version 1 holds the countries and treaties; the events follow in files of at most
    /// <paramref name="eventsPerFile"/>, one version each, like a dataset that grew over many releases.
    /// Writes the seed files to <paramref name="directory"/> (when given) and returns them as parsed, with the same checksums,
    /// so a build can skip reading back what was just written.
    /// </summary>
    public static IReadOnlyList<SeedFile> Events(string? directory, int events, int countries = 200, int eventsPerFile = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(countries, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(countries, 26 * 26);
        ArgumentOutOfRangeException.ThrowIfLessThan(eventsPerFile, 1);
        if (directory is not null) Directory.CreateDirectory(directory);
        var treaties = (int)Math.Ceiling(events / (countries * 3.5));
        var first = new FileWriter(1, "0001-synthetic-treaties-and-countries.yaml");
        first.Countries(countries);
        first.Treaties(treaties);
        var files = new List<SeedFile> { first.Finish(directory) };

        var written = 0;
        FileWriter? file = null;
        for (var t = 0; t < treaties && written < events; t++)
            for (var c = 0; c < countries && written < events; c++)
                for (var k = 0; k < Acts.Length && written < events; k++)
                {
                    if (!Happens(t, c, k)) continue;
                    if (written % eventsPerFile == 0)
                    {
                        if (file is not null) files.Add(file.Finish(directory));
                        var version = files.Count + 1;
                        file = new FileWriter(version, $"{version:0000}-synthetic-events.yaml");
                        file.EventsHeader();
                    }
                    file!.Event(t, c, k);
                    written++;
                }
        if (file is not null) files.Add(file.Finish(directory));
        return files;
    }

    public static string TreatyCode(int t) => "T" + t.ToString("0000", CultureInfo.InvariantCulture);

    public static string CountryCode(int i) => $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}";

    // A quarter of the pairs withdraw.
    private static bool Happens(int t, int c, int k) => k < 3 || (t + c) % 4 == 0;

    /// <summary>Writes one seed file's text and keeps the records it holds, as the parser would read them back.</summary>
    private sealed class FileWriter
    {
        private readonly StringBuilder _text = new(1 << 20);
        private readonly List<Located<Country>> _countries = [];
        private readonly List<Located<Treaty>> _treaties = [];
        private readonly List<Located<TreatyEvent>> _events = [];
        private int _line = 1;

        public FileWriter(int version, string fileName)
        {
            Version = version;
            FileName = fileName;
            Line($"version: {version.ToString(CultureInfo.InvariantCulture)}");
            Line("date: 2026-01-01");
            Line("description: Synthetic benchmark dataset (not real data)");
        }

        public int Version { get; }
        public string FileName { get; }

        private SeedLocation Here => new(FileName, _line, 5);

        private void Line(string text)
        {
            _text.Append(text).Append('\n');
            _line++;
        }

        public void Countries(int count)
        {
            Line("countries:");
            for (var c = 0; c < count; c++)
            {
                var country = new Country(CountryCode(c), null, $"Synthland {c.ToString(CultureInfo.InvariantCulture)}", null, [], CountryKind.UnMember);
                _countries.Add(new Located<Country>(country, Here, null));
                Line($"  - {{code: {country.Code}, name: {country.Name}, kind: UN_MEMBER}}");
            }
        }

        public void Treaties(int count)
        {
            Line("treaties:");
            for (var t = 0; t < count; t++)
            {
                var name = $"Synthetic Treaty {t.ToString(CultureInfo.InvariantCulture)}";
                var treaty = new Treaty(TreatyCode(t), name, name, [], TreatyCategory.Other, TreatyScope.Multilateral, null,
                    new LocalDate(1990, 1, 1), new LocalDate(1992, 1, 1), null, null, [],
                    new EntryIntoForceRule(EntryIntoForceRuleKind.FirstDayOfNthMonthAfterDeposit, 6, "Article 1"),
                    new WithdrawalRule(Period.FromMonths(6), "Article 2", true, null), new Coverage(CoverageLevel.Complete, FileDate), [SyntheticSource]);
                _treaties.Add(new Located<Treaty>(treaty, Here, null));
                Line($"  - code: {treaty.Code}");
                Line($"    name: {name}");
                Line("    category: OTHER");
                Line("    scope: MULTILATERAL");
                Line("    openedForSignatureOn: 1990-01-01");
                Line("    entryIntoForceOn: 1992-01-01");
                Line("    entryIntoForceRule: {kind: FIRST_DAY_OF_NTH_MONTH_AFTER_DEPOSIT, n: 6, article: Article 1}");
                Line("    withdrawalRule: {noticePeriod: P6M, article: Article 2, armedConflictClause: true}");
                Line("    coverage: {level: COMPLETE, asOf: 2026-01-01}");
                Line("    sources: [{url: 'https://example.org/synthetic', publisher: Synthetic}]");
            }
        }

        public void EventsHeader() => Line("events:");

        public void Event(int t, int c, int k)
        {
            var (kind, offset) = Acts[k];
            var day = new LocalDate(1990, 1, 1).PlusDays((t * 7 + c * 3) % 3000 + offset);
            var country = CountryCode(c);
            var e = new TreatyEvent($"t{t.ToString(CultureInfo.InvariantCulture)}-{country.ToLowerInvariant()}-{k.ToString(CultureInfo.InvariantCulture)}",
                TreatyCode(t), country, kind, new PartialDate(day, DatePrecision.Day), [SyntheticSource]);
            _events.Add(new Located<TreatyEvent>(e, Here, null));
            Line($"  - {{id: {e.Id}, treaty: {e.TreatyCode}, country: {country}, kind: {EnumText.Of(kind)}, date: {Dates.Iso(day)}, " +
                 "sources: [{url: 'https://example.org/synthetic', publisher: Synthetic}]}");
        }

        public SeedFile Finish(string? directory)
        {
            var bytes = new UTF8Encoding(false).GetBytes(_text.ToString());
            var path = directory is null ? FileName : Path.Combine(directory, FileName);
            if (directory is not null) File.WriteAllBytes(path, bytes);
            var file = new SeedFile { Path = path, FileName = FileName, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Version = Version, Date = FileDate,
                Description = "Synthetic benchmark dataset (not real data)" };
            file.Countries.AddRange(_countries);
            file.Treaties.AddRange(_treaties);
            file.Events.AddRange(_events);
            return file;
        }
    }
}
