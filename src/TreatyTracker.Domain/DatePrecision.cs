using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("How precisely a date is known.")]
public enum DatePrecision
{
    [Description("Known to the day.")]
    Day,
    [Description("Known to the month only.")]
    Month,
    [Description("Known to the year only.")]
    Year,
}
