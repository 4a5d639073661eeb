using System.Globalization;
using System.Text;
using TreatyTracker.Domain;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Cli;

/// <summary>The README's coverage table, computed from the seed files: per treaty, who is recorded and how complete that is.</summary>
public static class CoverageReport
{
    public static string Markdown(SeedDataset data)
    {
        var continuedBy = Country.ContinuatorsOf(data.Countries.Values.Select(c => c.Value));
        var dissolved = data.Countries.Values.Where(c => c.Value.DissolvedOn is not null).ToDictionary(c => c.Value.Code, c => c.Value.DissolvedOn!.Value);
        var events = data.Events.Values.Select(e => e.Value).ToLookup(e => e.TreatyCode);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Dataset version {data.Version}: {data.Treaties.Count} treaties, {data.Countries.Count} countries, {data.Events.Count} recorded events.");
        sb.AppendLine();
        sb.AppendLine("| treaty | name | states recorded | events | parties on as-of date (computed / depositary) | withdrawals | coverage | as of |");
        sb.AppendLine("|---|---|---:|---:|---|---:|---|---|");
        foreach (var (treaty, _, _) in data.Treaties.Values.OrderBy(t => t.Value.Code, StringComparer.Ordinal))
        {
            var record = TreatyRecord.Build(treaty, events[treaty.Code], continuedBy, dissolved);
            var parties = record.PartyCountOn(treaty.Coverage.AsOf);
            var withdrawals = record.Participations.Values.Count(p => p.Withdrawals.Any(w => w.NotifiedOn is not null));
            var depositary = treaty.Coverage.Parties is { } n ? n.ToString(CultureInfo.InvariantCulture) : "–";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {treaty.Code} | {treaty.Name} | {record.Participations.Count} | {events[treaty.Code].Count()} | {parties} / {depositary} | {withdrawals} | {EnumText.Of(treaty.Coverage.Level)} | {Dates.Iso(treaty.Coverage.AsOf)} |");
        }
        return sb.ToString();
    }
}
