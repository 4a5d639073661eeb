using NodaTime;
using TreatyTracker.Storage.Seeds;

namespace TreatyTracker.Server.Cli;

/// <summary><c>coverage</c>: prints the README's coverage table (<see cref="CoverageReport"/>) for the seed files.</summary>
public static class CoverageVerb
{
    public static int Run(string data, LocalDate today)
    {
        try
        {
            Console.Write(CoverageReport.Markdown(SeedValidator.Load(data, today)));
            return 0;
        }
        catch (SeedValidationException e)
        {
            foreach (var p in e.Problems) Console.Error.WriteLine(p);
            return 1;
        }
    }
}
