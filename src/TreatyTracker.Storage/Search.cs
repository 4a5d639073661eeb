using TreatyTracker.Domain;

namespace TreatyTracker.Storage;

/// <summary>
/// Ranks treaties and countries against free text, tolerant of case, accents, punctuation and word order:
/// "ottawa" and "mine ban" find the Mine Ban Convention, "Turkiye" finds Türkiye, "czech republic" finds Czechia.
/// </summary>
public static class Search
{
    private static readonly HashSet<string> Filler = ["the", "of", "on", "and", "for", "in", "to", "a", "an"];

    /// <summary>0 (no match) to 100 (same words). Whole words beat prefixes, which beat substrings; extra words cost a little.</summary>
    public static int Score(string query, string candidate) => Score(Tokens(query), candidate);

    private static int Score(List<string> q, string candidate)
    {
        var c = Tokens(candidate);
        if (q.Count == 0 || c.Count == 0) return 0;
        if (q.Order(StringComparer.Ordinal).SequenceEqual(c.Order(StringComparer.Ordinal))) return 100;
        var extra = Math.Max(0, c.Count - q.Count);
        if (q.All(c.Contains)) return Math.Max(60, 90 - extra);
        if (q.All(t => c.Any(w => w.StartsWith(t, StringComparison.Ordinal)))) return Math.Max(45, 75 - extra);
        var joined = string.Join(' ', c);
        if (joined.Contains(string.Join(' ', q), StringComparison.Ordinal)) return 40;
        var matched = q.Count(t => c.Any(w => w == t || (t.Length >= 4 && w.StartsWith(t, StringComparison.Ordinal))));
        return matched * 2 >= q.Count && matched > 0 ? 20 * matched / q.Count + 10 : 0;
    }

    public static List<string> Tokens(string text)
    {
        var words = Names.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var meaningful = words.Where(w => !Filler.Contains(w)).ToList();
        return meaningful.Count > 0 ? meaningful : words.ToList();
    }

    public static IReadOnlyList<Treaty> Treaties(ReferenceData data, string text, int limit) =>
        Rank(data.Treaties, t => t.Names, t => t.Name, text, limit);

    public static IReadOnlyList<Country> Countries(ReferenceData data, string text, int limit) =>
        Rank(data.Countries, c => c.Names, c => c.Name, text, limit);

    /// <summary>Whether any of the names contains the text, ignoring case, accents and punctuation.</summary>
    public static bool AnyContains(IEnumerable<string> names, string text)
    {
        var needle = Names.Normalize(text);
        return names.Any(n => Names.Normalize(n).Contains(needle, StringComparison.Ordinal));
    }

    private static List<T> Rank<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> names, Func<T, string> display, string text, int limit)
    {
        var query = Tokens(text); // once, not once per candidate name
        return items.Select(i => (Item: i, Score: names(i).Max(n => Score(query, n))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => display(x.Item), StringComparer.Ordinal)
            .Take(limit).Select(x => x.Item).ToList();
    }
}
