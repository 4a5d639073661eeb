using GraphQL.Types;
using TreatyTracker.Server.Data;
using TreatyTracker.Server.Http;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.Cli;

/// <summary><c>export-schema</c>: writes the printed schema to schema.graphql in the repository (or <c>--out FILE</c>).</summary>
public static class ExportSchemaVerb
{
    public static int Run(IServiceProvider services, string? output)
    {
        var path = output ?? Path.Combine(RepositoryPaths.Root() ?? ".", "schema.graphql");
        File.WriteAllText(path, GraphQLEndpoint.PrintSchema(services.GetRequiredService<ISchema>()));
        Console.WriteLine($"wrote {path}");
        return 0;
    }
}
