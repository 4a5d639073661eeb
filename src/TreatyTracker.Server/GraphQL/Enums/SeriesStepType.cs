namespace TreatyTracker.Server.GraphQL;

public enum SeriesStep { Day, Month, Year }

public sealed class SeriesStepType() : DomainEnum<SeriesStep>("SeriesStep", "The distance between two points of a series.", new Dictionary<SeriesStep, string>
{
    [SeriesStep.Day] = "One point a day.",
    [SeriesStep.Month] = "One point a month (the same day of each month, clamped to the month's end).",
    [SeriesStep.Year] = "One point a year.",
});
