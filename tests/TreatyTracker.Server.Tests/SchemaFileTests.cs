using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TreatyTracker.Server.Http;

namespace TreatyTracker.Server.Tests;

public class SchemaFileTests
{
    [Fact]
    public void Schema_graphql_is_the_printed_schema_of_the_running_server()
    {
        using var server = new ServerFactory(ServerFactory.TestData());
        var printed = GraphQLEndpoint.PrintSchema(server.Services.GetRequiredService<ISchema>());
        var file = Path.Combine(Path.GetDirectoryName(ServerFactory.ShippedData())!, "schema.graphql");
        Assert.True(File.Exists(file), "schema.graphql is missing: run `dotnet run --project src/TreatyTracker.Server -- export-schema`");
        Assert.True(printed == File.ReadAllText(file).ReplaceLineEndings("\n"),
            "schema.graphql differs from the server's schema: run `dotnet run --project src/TreatyTracker.Server -- export-schema`");
    }

    [Fact]
    public void Every_type_and_field_of_the_contract_is_described()
    {
        using var server = new ServerFactory(ServerFactory.TestData());
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var ours = schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType { Name: "String" or "Int" or "Boolean" or "ID" or "Float" });
        Assert.All(ours, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), $"type {t.Name} has no description"));
        var undescribed = new List<string>();
        foreach (var t in ours)
        {
            if (t is IComplexGraphType complex)
                foreach (var f in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(f.Description)) undescribed.Add($"{t.Name}.{f.Name}");
                    foreach (var a in f.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(a.Description)) undescribed.Add($"{t.Name}.{f.Name}({a.Name})");
                }
            if (t is EnumerationGraphType e)
                foreach (var v in e.Values)
                    if (string.IsNullOrWhiteSpace(v.Description)) undescribed.Add($"{t.Name}.{v.Name}");
        }
        Assert.True(undescribed.Count == 0, "without a description: " + string.Join(", ", undescribed));
    }
}
