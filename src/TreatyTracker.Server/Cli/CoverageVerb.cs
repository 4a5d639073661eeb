using NodaTime;

namespace TreatyTracker.Server.Cli;

/// <summary><c>coverage</c>: prints the README's coverage table (<see cref="CoverageReport"/>) for the seed files; on problems, like <c>validate</c>.</summary>
public static class CoverageVerb
{
    public static int Run(string data, LocalDate today) => SeedVerb.Run(data, today, dataset => Console.Write(CoverageReport.Markdown(dataset)));
}
