namespace TreatyTracker.Domain;

/// <summary>Wire and storage spelling of the domain enums: SCREAMING_SNAKE_CASE ("WITHDRAWAL_NOTIFIED").</summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.ToText[value];

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Cache<T>.FromText.TryGetValue(text.Trim(), out value);
    }

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not one of {string.Join(", ", Names<T>())}");

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Cache<T>.ToText.Values;

    public static string ToScreamingSnake(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
                sb.Append('_');
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ToText =
            Enum.GetValues<T>().ToDictionary(v => v, v => ToScreamingSnake(v.ToString()));
        public static readonly Dictionary<string, T> FromText =
            ToText.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);
    }
}
