using System.ComponentModel;

namespace TreatyTracker.Server.GraphQL;

[Description("The distance between two points of a series.")]
public enum SeriesStep
{
    [Description("One point a day.")]
    Day,
    [Description("One point a month (the same day of each month, clamped to the month's end).")]
    Month,
    [Description("One point a year.")]
    Year,
}
