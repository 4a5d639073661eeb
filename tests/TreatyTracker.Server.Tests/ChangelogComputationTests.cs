using System.Net;
using System.Text.Json;

namespace TreatyTracker.Server.Tests;

/// <summary>The changelog is computed once per dataset, outside the request's execution timeout, and a failure is not kept.</summary>
public sealed class ChangelogComputationTests
{
    private const string Query = "{ changelog { to versions { version } changes(first: 1) { totalCount } } }";

    private static string Get(string query, int? version = null) =>
        "/graphql?query=" + Uri.EscapeDataString(query) + (version is null ? "" : $"&version={version}");

    [Fact]
    public async Task The_first_changelog_answer_is_not_cut_short_by_the_execution_timeout()
    {
        const double timeout = 0.2;
        using var server = new ServerFactory(ServerFactory.ShippedData(), settings: new Dictionary<string, string?>
        {
            ["TreatyTracker:GraphQL:ExecutionTimeoutSeconds"] = timeout.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TreatyTracker:Changelog:WarmOnStart"] = "false",
        });
        var client = server.CreateClient();
        // Started, schema built: on a loaded machine the very first answers can exceed this short timeout themselves.
        for (var i = 0; (await client.GetAsync(Get("{ dataset { version } }"))).StatusCode != HttpStatusCode.OK; i++)
            Assert.True(i < 20, "no answer within the execution timeout after 20 tries");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var json = JsonDocument.Parse(await client.GetStringAsync(Get(Query))).RootElement;
        var elapsed = started.Elapsed;
        Assert.False(json.TryGetProperty("errors", out var errors), $"errors: {errors}");
        var changelog = json.GetProperty("data").GetProperty("changelog");
        Assert.True(changelog.GetProperty("changes").GetProperty("totalCount").GetInt32() > 3000);
        // Parsing every shipped seed file takes longer than this timeout: the answer waited for it outside execution.
        Assert.True(elapsed > TimeSpan.FromSeconds(timeout), $"the changelog was computed in {elapsed}, within the timeout: this test shows nothing");

        // A past version takes the current changelog's first versions, without parsing again: within the timeout too.
        var at9 = JsonDocument.Parse(await client.GetStringAsync(Get(Query, 9))).RootElement;
        Assert.Equal(Enumerable.Range(1, 9), at9.GetProperty("data").GetProperty("changelog").GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_failed_changelog_is_not_kept_and_the_next_request_tries_again()
    {
        var data = Path.Combine(Path.GetTempPath(), "tt-changelog-failure", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            foreach (var f in Directory.EnumerateFiles(ServerFactory.TestData(), "*.yaml")) File.Copy(f, Path.Combine(data, Path.GetFileName(f)));
            var seed = Directory.EnumerateFiles(data, "*.yaml").Order(StringComparer.Ordinal).First();
            var original = await File.ReadAllBytesAsync(seed);
            using var server = new ServerFactory(data, settings: new Dictionary<string, string?> { ["TreatyTracker:Changelog:WarmOnStart"] = "false" });
            var client = server.CreateClient();
            await client.GetStringAsync("/healthz"); // database built from the original file

            // The applied seed file is edited behind the server's back: the changelog cannot be replayed from it.
            await File.AppendAllTextAsync(seed, "\n# edited after it was applied\n");
            using (var failed = await client.GetAsync(Get(Query)))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
                var error = JsonDocument.Parse(await failed.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
                Assert.Equal("CHANGELOG_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
                Assert.Contains("was edited after it was applied", error.GetProperty("message").GetString());
            }
            using (var csv = await client.GetAsync("/changes.csv"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, csv.StatusCode);
                Assert.Contains("was edited after it was applied", await csv.Content.ReadAsStringAsync());
            }

            // Restored: the next request computes it afresh instead of repeating the kept failure.
            await File.WriteAllBytesAsync(seed, original);
            var json = JsonDocument.Parse(await client.GetStringAsync(Get(Query))).RootElement;
            Assert.False(json.TryGetProperty("errors", out var errors), $"errors: {errors}");
            Assert.True(json.GetProperty("data").GetProperty("changelog").GetProperty("changes").GetProperty("totalCount").GetInt32() > 0);
            using var restoredCsv = await client.GetAsync("/changes.csv");
            Assert.Equal(HttpStatusCode.OK, restoredCsv.StatusCode);
        }
        finally
        {
            try { Directory.Delete(data, true); } catch (IOException) { }
        }
    }
}
