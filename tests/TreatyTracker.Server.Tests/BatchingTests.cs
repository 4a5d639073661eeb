using TreatyTracker.Storage;

namespace TreatyTracker.Server.Tests;

/// <summary>The number of SQL statements a request runs depends on the query's shape, not on the rows it returns.</summary>
public class BatchingTests
{
    private const string AllParticipations = """
        query($t: ID!) { treaty(code: $t) { participations(first: 100) { totalCount nodes {
            status country { code name } events { kind date sources { url } } withdrawal { effectiveOn } } } } }
        """;

    private static async Task<int> CommandsFor(string dataDirectory, string treaty)
    {
        using var server = new ServerFactory(dataDirectory, settings: new Dictionary<string, string?> { ["TreatyTracker:CacheTreatyRecords"] = "false" });
        await server.QueryAsync("{ dataset { version } }"); // loads the per-version reference data
        server.Commands.Reset();
        var data = await server.QueryAsync(AllParticipations, new { t = treaty });
        Assert.True(data.GetProperty("treaty").GetProperty("participations").GetProperty("totalCount").GetInt32() > 0);
        return server.Commands.Count;
    }

    [Fact]
    public async Task Statement_count_is_the_same_for_4_and_for_200_participations()
    {
        var small = await CommandsFor(ServerFactory.TestData(), "APMBC");
        var dir = Path.Combine(Path.GetTempPath(), "tt-batching", Guid.NewGuid().ToString("N"));
        SyntheticDataset.Write(dir, treaties: 3, countries: 200, eventsPerPair: 5);
        var large = await CommandsFor(dir, SyntheticDataset.TreatyCode(1));
        Assert.Equal(1, small);
        Assert.Equal(small, large);
    }

    [Fact]
    public async Task Country_participations_across_treaties_load_in_one_batch()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:CacheTreatyRecords"] = "false" });
        await server.QueryAsync("{ dataset { version } }");
        server.Commands.Reset();
        await server.QueryAsync("{ countries(first: 10) { nodes { code participations { status treaty { code } } } } }");
        Assert.Equal(1, server.Commands.Count);
    }

    [Fact]
    public async Task With_the_per_version_cache_a_repeated_query_runs_no_sql()
    {
        using var server = new ServerFactory(ServerFactory.TestData());
        await server.QueryAsync(AllParticipations, new { t = "APMBC" });
        server.Commands.Reset();
        await server.QueryAsync(AllParticipations, new { t = "APMBC" });
        Assert.Equal(0, server.Commands.Count);
    }
}
