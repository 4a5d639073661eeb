using System.Globalization;
using System.Text;
using NodaTime;

namespace TreatyTracker.Storage;

/// <summary>
/// Writes a large, deterministic, made-up seed file (for tests and benchmarks only, never for data/):
/// N treaties × M countries × K events each.
/// </summary>
public static class SyntheticDataset
{
    public static string Write(string directory, int treaties = 50, int countries = 200, int eventsPerPair = 5)
    {
        Directory.CreateDirectory(directory);
        var sb = new StringBuilder(1 << 20);
        sb.AppendLine("version: 1").AppendLine("date: 2026-01-01").AppendLine("description: Synthetic benchmark dataset (not real data)");
        sb.AppendLine("countries:");
        for (var c = 0; c < countries; c++)
            sb.Append("  - {code: ").Append(CountryCode(c)).Append(", name: Synthland ").Append(c.ToString(CultureInfo.InvariantCulture)).AppendLine(", kind: UN_MEMBER}");
        sb.AppendLine("treaties:");
        for (var t = 0; t < treaties; t++)
        {
            sb.Append("  - code: T").Append(t.ToString("000", CultureInfo.InvariantCulture)).AppendLine();
            sb.Append("    name: Synthetic Treaty ").Append(t.ToString(CultureInfo.InvariantCulture)).AppendLine();
            sb.AppendLine("    category: OTHER").AppendLine("    scope: MULTILATERAL").AppendLine("    openedForSignatureOn: 1990-01-01")
              .AppendLine("    entryIntoForceOn: 1992-01-01")
              .AppendLine("    entryIntoForceRule: {kind: FIRST_DAY_OF_NTH_MONTH_AFTER_DEPOSIT, n: 6, article: Article 1}")
              .AppendLine("    withdrawalRule: {noticePeriod: P6M, article: Article 2, armedConflictClause: true}")
              .AppendLine("    coverage: {level: COMPLETE, asOf: 2026-01-01}")
              .AppendLine("    sources: [{url: 'https://example.org/synthetic', publisher: Synthetic}]");
        }
        sb.AppendLine("events:");
        var day = new LocalDate(1990, 1, 1);
        for (var t = 0; t < treaties; t++)
            for (var c = 0; c < countries; c++)
            {
                // signature, ratification, then (for some) announced, notified, and a domestic step
                var baseDay = day.PlusDays((t * 7 + c * 3) % 3000);
                var kinds = new[] { ("SIGNATURE", 0), ("RATIFICATION", 400), ("DOMESTIC_STEP", 9000), ("WITHDRAWAL_ANNOUNCED", 9100), ("WITHDRAWAL_NOTIFIED", 9200) };
                for (var k = 0; k < eventsPerPair && k < kinds.Length; k++)
                {
                    if (k >= 3 && (t + c) % 4 != 0) continue; // a quarter of the pairs withdraw
                    var (kind, offset) = kinds[k];
                    sb.Append("  - {id: t").Append(t.ToString(CultureInfo.InvariantCulture)).Append('-').Append(CountryCode(c).ToLowerInvariant()).Append('-').Append(k.ToString(CultureInfo.InvariantCulture))
                      .Append(", treaty: T").Append(t.ToString("000", CultureInfo.InvariantCulture)).Append(", country: ").Append(CountryCode(c))
                      .Append(", kind: ").Append(kind).Append(", date: ").Append(NodaTime.Text.LocalDatePattern.Iso.Format(baseDay.PlusDays(offset)))
                      .Append(", sources: [{url: 'https://example.org/synthetic', publisher: Synthetic}]}").AppendLine();
                }
            }
        var path = Path.Combine(directory, "0001-synthetic.yaml");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static string CountryCode(int i) => $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}";
}
