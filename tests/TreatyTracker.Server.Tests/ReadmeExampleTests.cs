using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TreatyTracker.Server.Tests;

/// <summary>The README's curl examples return what the README shows, on the shipped data.</summary>
public sealed partial class ReadmeExampleTests
{
    // A command block directly followed by its JSON answer (the command block itself never spans several blocks).
    [GeneratedRegex(@"```sh\n(?<sh>(?:(?!```).)*)```\n```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();

    [GeneratedRegex(@"'query=(?<q>.*?)'", RegexOptions.Singleline)]
    private static partial Regex QueryPattern();

    [GeneratedRegex(@"'version=(?<v>\d+)'")]
    private static partial Regex VersionPattern();

    /// <summary>The parameters of a <c>curl -G</c> command, as it sends them in the URL.</summary>
    [GeneratedRegex(@"--data-urlencode(?:\s|\\)+'(?<name>[A-Za-z]+)=(?<value>.*?)'", RegexOptions.Singleline)]
    private static partial Regex UrlParameterPattern();


    private static readonly NodaTime.Instant ReadmeDay = ServerFactory.ShippedDataDay;

    [Fact]
    public async Task Every_complete_example_answers_as_shown()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ServerFactory.ShippedData())!, "README.md"));
        // The README's answers are those of the server on this day (the newest seed file's date or later:
        // a seed file dated after "today" is refused).
        using var server = new ServerFactory(ServerFactory.ShippedData(), ReadmeDay);
        var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5080") }); // the README's host (citation permalinks)
        var checkedCount = 0;
        var compared = new List<(bool Versioned, string Query)>();
        var versionedGets = 0;
        foreach (Match m in ExamplePattern().Matches(readme))
        {
            var query = QueryPattern().Match(m.Groups["sh"].Value);
            if (!query.Success) continue;
            JsonNode? expected;
            try { expected = JsonNode.Parse(m.Groups["json"].Value); }
            catch (JsonException) { continue; } // an abbreviated answer ("...") is not compared
            var sh = m.Groups["sh"].Value;
            var version = VersionPattern().Match(sh);
            // As shown: a curl -G command is a GET with its --data-urlencode parameters (?version=N included) ...
            if (sh.Contains("curl -s -G ", StringComparison.Ordinal))
            {
                var url = "/graphql?" + string.Join("&", UrlParameterPattern().Matches(sh).Select(p => $"{p.Groups["name"].Value}={Uri.EscapeDataString(p.Groups["value"].Value)}"));
                var get = JsonNode.Parse(await (await client.GetAsync(url)).Content.ReadAsStringAsync());
                Assert.True(JsonNode.DeepEquals(expected, get),
                    $"README example (GET)\n{url}\nshows\n{expected?.ToJsonString()}\nbut the server answers\n{get?.ToJsonString()}");
                if (version.Success) versionedGets++;
            }
            // ... and the same as a POST, the version in extensions.datasetVersion.
            var body = version.Success
                ? JsonSerializer.Serialize(new { query = query.Groups["q"].Value, extensions = new { datasetVersion = int.Parse(version.Groups["v"].Value) } })
                : JsonSerializer.Serialize(new { query = query.Groups["q"].Value });
            var response = await client.SendAsync(Http.Post(body));
            var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(JsonNode.DeepEquals(expected, actual),
                $"README example (POST)\n{query.Groups["q"].Value}\nshows\n{expected?.ToJsonString()}\nbut the server answers\n{actual?.ToJsonString()}");
            checkedCount++;
            compared.Add((version.Success, query.Groups["q"].Value));
        }
        Assert.True(checkedCount >= 5, $"only {checkedCount} README examples were compared");
        // Issue 14's examples are among those compared, not skipped as abbreviated: an answer at a past version, the
        // changelog, and the citation in text and CSL-JSON.
        Assert.Contains(compared, c => c.Versioned && c.Query.Contains("participation"));
        Assert.Contains(compared, c => c.Versioned && c.Query.Contains("changelog("));
        Assert.Contains(compared, c => c.Query.Contains("citation { text cslJson }"));
        Assert.True(versionedGets >= 1, "no README example asks for a past version with ?version= in a GET, as the README shows it");
    }

    [GeneratedRegex(@"```sh\ncurl -s 'http://localhost:5080(?<path>/[^']+)'\n```\n```(?<kind>csv|xml)\n(?<shown>.*?)```", RegexOptions.Singleline)]
    private static partial Regex DownloadPattern();

    /// <summary>CSV and Atom examples: every line shown is a line of the answer (an excerpt, in order; XML lines compared without indentation).</summary>
    [Fact]
    public async Task Every_csv_and_feed_example_shows_lines_of_the_answer()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ServerFactory.ShippedData())!, "README.md")).ReplaceLineEndings("\n");
        using var server = new ServerFactory(ServerFactory.ShippedData(), ReadmeDay);
        var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5080") }); // the README's host (citation permalinks)
        var checkedCount = 0;
        var paths = new List<string>();
        foreach (Match m in DownloadPattern().Matches(readme))
        {
            var xml = m.Groups["kind"].Value == "xml";
            string Line(string l) => xml ? l.Trim() : l;
            var answer = (await client.GetStringAsync(m.Groups["path"].Value)).ReplaceLineEndings("\n").Split('\n').Select(Line).ToList();
            var at = 0;
            foreach (var shown in m.Groups["shown"].Value.TrimEnd('\n').Split('\n').Select(Line))
            {
                var found = answer.IndexOf(shown, at);
                Assert.True(found >= 0, $"README example {m.Groups["path"].Value} shows\n{shown}\nwhich is not a line of the answer (after line {at})");
                at = found + 1;
            }
            checkedCount++;
            paths.Add(m.Groups["path"].Value);
        }
        Assert.True(checkedCount >= 3, $"only {checkedCount} CSV and feed examples were compared");
        foreach (var path in new[] { "/changes.csv?", "/feeds/changes.atom", "/feeds/status.atom?" })
            Assert.Contains(paths, p => p.StartsWith(path, StringComparison.Ordinal)); // issue 14's downloads and feeds
    }

    [Fact]
    public void The_coverage_table_is_the_one_the_coverage_verb_prints()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ServerFactory.ShippedData())!, "README.md")).ReplaceLineEndings("\n");
        var day = ReadmeDay.InUtc().Date;
        var table = TreatyTracker.Server.Cli.CoverageReport.Markdown(TreatyTracker.Storage.Seeds.SeedValidator.Load(ServerFactory.ShippedData(), day))
            .ReplaceLineEndings("\n");
        Assert.Contains("\n\n" + table + "\n", readme);
    }
}
