using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using TreatyTracker.Domain;

namespace TreatyTracker.Storage;

/// <summary>One applied seed file (dataset version).</summary>
/// <param name="Version">Its dataset version.</param>
/// <param name="FileName">The seed file in data/.</param>
/// <param name="Sha256">SHA-256 of the file as applied.</param>
/// <param name="Date">The file's own date: no event in it is later.</param>
/// <param name="Description">What the file adds or changes.</param>
/// <param name="AppliedAt">When it was applied to this database.</param>
public sealed record DatasetFile(
    int Version,
    string FileName,
    string Sha256,
    LocalDate Date,
    string Description,
    Instant AppliedAt);

/// <summary>The dataset version answering this request.</summary>
/// <remarks>Which dataset the database holds: every file applied; its version, description and date are the newest file's.</remarks>
/// <param name="LoadedAt">When this server loaded the version.</param>
/// <param name="Files">Every applied seed file, oldest first.</param>
public sealed record DatasetInfo(
    Instant LoadedAt,
    IReadOnlyList<DatasetFile> Files)
{
    private DatasetFile? Newest => Files.Count > 0 ? Files[^1] : null;

    /// <summary>The newest applied dataset version.</summary>
    public int Version => Newest?.Version ?? 0;

    /// <summary>What the newest seed file added or changed.</summary>
    public string Description => Newest?.Description ?? "empty";

    /// <summary>The date of the newest seed file.</summary>
    public LocalDate Date => Newest?.Date ?? default;
}

/// <summary>
/// The small, read-mostly part of the dataset (treaties, countries, their names) with name resolution.
/// Loaded once per dataset version; events are loaded on demand, in batches.
/// </summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, Treaty> _treatyByName;
    private readonly Dictionary<string, Country> _countryByName;

    public ReferenceData(DatasetInfo dataset, IReadOnlyList<Treaty> treaties, IReadOnlyList<Country> countries,
        IReadOnlyDictionary<(string Treaty, string Country), int> eventCounts)
    {
        Dataset = dataset;
        Treaties = treaties.OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        Countries = countries.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        TreatyByCode = Treaties.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        CountryByCode = Countries.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        ContinuedBy = Country.ContinuatorsOf(Countries);
        EventCounts = eventCounts;
        DissolvedOn = Countries.Where(c => c.DissolvedOn is not null).ToDictionary(c => c.Code, c => c.DissolvedOn!.Value);
        // A continuing state (RU) also takes part through its predecessor's (SUHH) acts.
        _treatiesByCountry = eventCounts.Keys
            .SelectMany(k => ContinuedBy.TryGetValue(k.Country, out var heir) ? new[] { (k.Country, k.Treaty), (Country: heir, k.Treaty) } : [(k.Country, k.Treaty)])
            .GroupBy(x => x.Country, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Treaty).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.OrdinalIgnoreCase);
        _treatyByName = [];
        foreach (var t in Treaties)
            foreach (var n in t.Names)
                _treatyByName.TryAdd(Names.Normalize(n), t);
        _countryByName = [];
        foreach (var c in Countries)
            foreach (var n in c.Names)
                _countryByName.TryAdd(Names.Normalize(n), c);
    }

    public DatasetInfo Dataset { get; }
    public IReadOnlyList<Treaty> Treaties { get; }
    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyDictionary<string, Treaty> TreatyByCode { get; }
    public IReadOnlyDictionary<string, Country> CountryByCode { get; }
    /// <summary>Former state → the state that continues it (SUHH → RU).</summary>
    public IReadOnlyDictionary<string, string> ContinuedBy { get; }
    /// <summary>Former states and the day they dissolved.</summary>
    public IReadOnlyDictionary<string, LocalDate> DissolvedOn { get; }
    /// <summary>How many recorded events each (treaty, country) pair has: tells who ever took part without loading events.</summary>
    public IReadOnlyDictionary<(string Treaty, string Country), int> EventCounts { get; }

    /// <summary>A treaty by code, name or alias; case, accents and word order do not matter.</summary>
    public Treaty? ResolveTreaty(string text) =>
        TreatyByCode.GetValueOrDefault(text.Trim()) ?? _treatyByName.GetValueOrDefault(Names.Normalize(text));

    /// <summary>A country by alpha-2, alpha-3, name or alias; case, accents and word order do not matter.</summary>
    public Country? ResolveCountry(string text) =>
        CountryByCode.GetValueOrDefault(text.Trim()) ?? _countryByName.GetValueOrDefault(Names.Normalize(text));

    /// <summary>The treaties a question about one treaty, one country, or everything needs, by code.</summary>
    public IReadOnlyList<string> TreatyCodesFor(Treaty? treaty, Country? country) =>
        treaty is not null ? [treaty.Code] : country is not null ? TreatiesOf(country.Code) : Treaties.Select(t => t.Code).ToList();

    /// <summary>Treaties in which the country (or the state it continues) has recorded events.</summary>
    public IReadOnlyList<string> TreatiesOf(string countryCode) =>
        _treatiesByCountry.TryGetValue(countryCode, out var codes) ? codes : [];

    private readonly Dictionary<string, IReadOnlyList<string>> _treatiesByCountry;
}

/// <summary>Reads the database into domain records. Each method is one or two SQL statements, whatever the row count.</summary>
public static class DatasetReader
{
    public static ReferenceData LoadReference(TreatyDb db, Instant loadedAt)
    {
        var files = db.DatasetVersions.AsNoTracking().OrderBy(v => v.Version).ToList()
            .Select(v => new DatasetFile(v.Version, v.FileName, v.Sha256, v.Date, v.Description, v.AppliedAt)).ToList();
        var info = new DatasetInfo(loadedAt, files);
        var treaties = db.Treaties.AsNoTracking().Include(t => t.Aliases).AsSplitQuery().ToList().Select(ToDomain).ToList();
        var countries = db.Countries.AsNoTracking().Include(c => c.Aliases).AsSplitQuery().ToList().Select(ToDomain).ToList();
        var counts = db.Events.AsNoTracking().GroupBy(e => new { e.TreatyCode, e.CountryCode })
            .Select(g => new { g.Key.TreatyCode, g.Key.CountryCode, Count = g.Count() }).ToList()
            .ToDictionary(x => (x.TreatyCode, x.CountryCode), x => x.Count);
        return new ReferenceData(info, treaties, countries, counts);
    }

    public static int? ReadDatasetVersion(TreatyDb db) =>
        int.TryParse(db.Meta.AsNoTracking().Where(m => m.Key == "dataset_version").Select(m => m.Value).FirstOrDefault(), out var v) ? v : null;

    /// <summary>All recorded events of the given treaties, with their sources, in one statement.</summary>
    public static Dictionary<string, List<TreatyEvent>> LoadEventsOfTreaties(TreatyDb db, IReadOnlyCollection<string> treatyCodes)
    {
        var rows = db.Events.AsNoTracking().Where(e => treatyCodes.Contains(e.TreatyCode)).Include(e => e.Sources).ToList();
        var result = treatyCodes.ToDictionary(c => c, _ => new List<TreatyEvent>(), StringComparer.OrdinalIgnoreCase);
        foreach (var r in rows) result[r.TreatyCode].Add(ToDomain(r));
        return result;
    }

    public static TreatyEvent ToDomain(EventRow r) => new(r.Id, r.TreatyCode, r.CountryCode, EnumText.Parse<EventKind>(r.Kind),
        new PartialDate(r.Date, EnumText.Parse<DatePrecision>(r.DatePrecision)),
        r.Sources.OrderBy(s => s.Position).Select(s => new Source(s.Url, s.Publisher, s.Notification, s.States)).ToList(),
        r.Depositary, r.Note, r.EngagedInArmedConflict, DateBasis: EnumText.Parse<DateBasis>(r.DateBasis));

    private static Treaty ToDomain(TreatyRow r) => new(r.Code, r.Name, r.FullName, r.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal).ToList(),
        EnumText.Parse<TreatyCategory>(r.Category), EnumText.Parse<TreatyScope>(r.Scope), r.AdoptedOn, r.OpenedForSignatureOn,
        r.EntryIntoForceOn, r.TerminatedOn, r.ExpiredOn, JsonSerializer.Deserialize<List<string>>(r.Depositaries) ?? [],
        new EntryIntoForceRule(EnumText.Parse<EntryIntoForceRuleKind>(r.EifRuleKind), r.EifRuleN, r.EifRuleArticle, r.EifRuleTriggeringDepositOn),
        new WithdrawalRule(r.WithdrawalNoticePeriod is { } p ? PeriodPattern.NormalizingIso.Parse(p).Value : null, r.WithdrawalArticle,
            r.WithdrawalArmedConflictClause, r.WithdrawalNotes),
        new Coverage(EnumText.Parse<CoverageLevel>(r.CoverageLevel), r.CoverageAsOf, r.CoverageNote, r.CoverageParties),
        JsonSerializer.Deserialize<List<Source>>(r.Sources) ?? []);

    private static Country ToDomain(CountryRow r) => new(r.Code, r.Alpha3, r.Name, r.OfficialName,
        r.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal).ToList(), EnumText.Parse<CountryKind>(r.Kind), r.DissolvedOn,
        JsonSerializer.Deserialize<List<string>>(r.Successors) ?? [], r.ContinuedBy);
}
