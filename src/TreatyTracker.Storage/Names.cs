using System.Globalization;
using System.Text;

namespace TreatyTracker.Storage;

/// <summary>Name matching that ignores case, accents, punctuation and word order ("Türkiye" = "turkiye", "Czech Republic" = "republic czech").</summary>
public static class Names
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
