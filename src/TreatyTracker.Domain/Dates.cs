using System.Globalization;
using NodaTime;

namespace TreatyTracker.Domain;

public static class Dates
{
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    public static string? Iso(LocalDate? date) => date is { } d ? Iso(d) : null;

    public static bool TryParseDay(string? text, out LocalDate date)
    {
        date = default;
        if (!PartialDate.TryParse(text, out var p) || p.Precision != DatePrecision.Day) return false;
        date = p.Date;
        return true;
    }

    public static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;

    /// <summary>"Today" for every rule that needs it: the clock's day in UTC.</summary>
    public static LocalDate Today(this IClock clock) => clock.GetCurrentInstant().InUtc().Date;
}
