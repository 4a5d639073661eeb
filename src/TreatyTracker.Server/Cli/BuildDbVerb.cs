using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Cli;

/// <summary><c>build-db</c>: creates the database or applies new seed versions (<c>--rebuild</c>: from scratch).</summary>
public static class BuildDbVerb
{
    public static int Run(IServiceProvider services, string data, string db, bool rebuild) =>
        DatabaseStartup.Build(services, data, db, rebuild, Console.WriteLine, Console.Error.WriteLine) ? 0 : 1;
}
