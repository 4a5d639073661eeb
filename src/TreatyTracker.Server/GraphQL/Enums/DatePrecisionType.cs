using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class DatePrecisionType() : DomainEnum<DatePrecision>("DatePrecision", "How precisely a date is known.", new Dictionary<DatePrecision, string>
{
    [DatePrecision.Day] = "Known to the day.",
    [DatePrecision.Month] = "Known to the month only.",
    [DatePrecision.Year] = "Known to the year only.",
});
