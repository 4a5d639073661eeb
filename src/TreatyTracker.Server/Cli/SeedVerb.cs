using NodaTime;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Cli;

/// <summary>What the verbs that read the seed files share: load and check them, then run the verb; on problems print each (file:line:column) to stderr and exit 1.</summary>
public static class SeedVerb
{
    public static int Run(string data, LocalDate today, Action<SeedDataset> verb)
    {
        try
        {
            verb(SeedValidator.Load(data, today));
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
