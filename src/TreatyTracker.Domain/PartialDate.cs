using System.Globalization;
using NodaTime;

namespace TreatyTracker.Domain;

/// <summary>
/// A calendar date known to the day, the month or the year. <see cref="Date"/> is the first day of the period;
/// it orders events but is never shown as a day unless the precision is <see cref="DatePrecision.Day"/>.
/// </summary>
public readonly record struct PartialDate(LocalDate Date, DatePrecision Precision)
{
    public static PartialDate Day(LocalDate date) => new(date, DatePrecision.Day);

    /// <summary>"2025-06-27", "2025-06" or "2025".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("uuuu", CultureInfo.InvariantCulture),
    };

    /// <summary>Parses "yyyy-MM-dd", "yyyy-MM" or "yyyy"; false for anything else, including impossible days.</summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        var year = numbers[0];
        var month = parts.Length > 1 ? numbers[1] : 1;
        var day = parts.Length > 2 ? numbers[2] : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return false;
        value = new PartialDate(new LocalDate(year, month, day),
            parts.Length switch { 3 => DatePrecision.Day, 2 => DatePrecision.Month, _ => DatePrecision.Year });
        return true;
    }
}
