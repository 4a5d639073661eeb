using NodaTime;

namespace TreatyTracker.Server.Cli;

/// <summary><c>validate</c>: reads and checks every seed file, writes nothing; exit code 1 and every problem (file:line:column) when any.</summary>
public static class ValidateVerb
{
    public static int Run(string data, LocalDate today) => SeedVerb.Run(data, today, dataset =>
        Console.WriteLine($"{data}: {dataset.Files.Count} file(s), version {dataset.Version}: {dataset.Treaties.Count} treaties, {dataset.Countries.Count} countries, {dataset.Events.Count} events. OK."));
}
