using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>English words for the few numbers and periods the service writes into sentences.</summary>
public static class Words
{
    private static readonly string[] Small =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    private static readonly string[] Ordinals =
        ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    public static string Count(int n, string unit) =>
        $"{(n >= 0 && n < Small.Length ? Small[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture))} {unit}{(n == 1 ? "" : "s")}";

    public static string Ordinal(int n) => n >= 0 && n < Ordinals.Length ? Ordinals[n] : $"{n}th";

    /// <summary>"six months", "90 days", "one year and six months".</summary>
    public static string Of(Period period)
    {
        var parts = new List<string>();
        if (period.Years != 0) parts.Add(Count(period.Years, "year"));
        if (period.Months != 0) parts.Add(Count(period.Months, "month"));
        if (period.Weeks != 0) parts.Add(Count(period.Weeks, "week"));
        if (period.Days != 0) parts.Add(Count(period.Days, "day"));
        return parts.Count == 0 ? "no time" : string.Join(" and ", parts);
    }
}
