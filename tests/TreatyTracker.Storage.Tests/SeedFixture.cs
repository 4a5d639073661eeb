using NodaTime.Testing;

namespace TreatyTracker.Storage.Tests;

/// <summary>A throw-away data directory and database path for one test.</summary>
public sealed class TempDirs : IDisposable
{
    public TempDirs()
    {
        Root = Path.Combine(Path.GetTempPath(), "tt-tests", Guid.NewGuid().ToString("N"));
        Data = Path.Combine(Root, "data");
        Directory.CreateDirectory(Data);
        Db = Path.Combine(Root, "tt.db");
    }

    public string Root { get; }
    public string Data { get; }
    public string Db { get; }

    public string Write(string fileName, string yaml)
    {
        var path = Path.Combine(Data, fileName);
        File.WriteAllText(path, yaml.Replace("\r\n", "\n"));
        return path;
    }

    public static FakeClock Clock() => new(Instant.FromUtc(2026, 12, 6, 12, 0)); // on or after the newest shipped seed file's date

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }

    public const string Baseline = """
        version: 1
        date: 2026-01-01
        description: Baseline
        countries:
          - {code: PL, alpha3: POL, name: Poland, kind: UN_MEMBER}
          - {code: LV, alpha3: LVA, name: Latvia, kind: UN_MEMBER}
          - {code: TR, alpha3: TUR, name: Türkiye, aliases: [Turkey], kind: UN_MEMBER}
          - {code: SUHH, name: USSR, kind: FORMER_STATE, dissolvedOn: 1991-12-26, successors: [RU], continuedBy: RU}
          - {code: RU, alpha3: RUS, name: Russian Federation, aliases: [Russia], kind: UN_MEMBER}
        treaties:
          - code: APMBC
            name: Anti-Personnel Mine Ban Convention
            aliases: [Ottawa Convention, Mine Ban Treaty]
            category: CONVENTIONAL_WEAPONS
            scope: MULTILATERAL
            openedForSignatureOn: 1997-12-03
            entryIntoForceOn: 1999-03-01
            depositaries: [Secretary-General of the United Nations]
            entryIntoForceRule: {kind: FIRST_DAY_OF_NTH_MONTH_AFTER_DEPOSIT, n: 6, article: Article 17(2)}
            withdrawalRule: {noticePeriod: P6M, article: Article 20, armedConflictClause: true}
            coverage: {level: PARTIAL, asOf: 2026-01-01}
            sources: [{url: "https://treaties.un.org/", publisher: United Nations}]
        events:
          - id: apmbc-pl-signature
            treaty: APMBC
            country: PL
            kind: SIGNATURE
            date: 1997-12-04
            sources: [{url: "https://treaties.un.org/", publisher: United Nations}]
          - id: apmbc-pl-ratification
            treaty: APMBC
            country: PL
            kind: RATIFICATION
            date: 2012-12-27
            sources: [{url: "https://treaties.un.org/", publisher: United Nations}]
        """;

    public const string Withdrawals = """
        version: 2
        date: 2026-03-01
        description: 2025 withdrawals
        events:
          - id: apmbc-pl-withdrawal-notified
            treaty: APMBC
            country: PL
            kind: WITHDRAWAL_NOTIFIED
            date: 2025-08-20
            sources: [{url: "https://treaties.un.org/", publisher: United Nations, notification: C.N.421.2025.TREATIES-XXVI-5}]
        """;
}
