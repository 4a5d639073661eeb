using NodaTime;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Cli;

/// <summary><c>validate</c>: reads and checks every seed file, writes nothing; exit code 1 and every problem (file:line:column) when any.</summary>
public static class ValidateVerb
{
    public static int Run(string data, LocalDate today)
    {
        try
        {
            var dataset = SeedValidator.Load(data, today);
            Console.WriteLine($"{data}: {dataset.Files.Count} file(s), version {dataset.Version}: {dataset.Treaties.Count} treaties, {dataset.Countries.Count} countries, {dataset.Events.Count} events. OK.");
            return 0;
        }
        catch (SeedValidationException e)
        {
            foreach (var p in e.Problems) Console.Error.WriteLine(p);
            Console.Error.WriteLine($"{e.Problems.Count} problem(s); nothing was written.");
            return 1;
        }
    }
}
