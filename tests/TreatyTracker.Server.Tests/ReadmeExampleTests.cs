using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TreatyTracker.Server.Tests;

/// <summary>The README's curl examples return what the README shows, on the shipped data.</summary>
public sealed partial class ReadmeExampleTests
{
    [GeneratedRegex(@"```sh\n(?<sh>.*?)```\n```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();

    [GeneratedRegex(@"'query=(?<q>.*?)'", RegexOptions.Singleline)]
    private static partial Regex QueryPattern();

    [GeneratedRegex(@"'version=(?<v>\d+)'")]
    private static partial Regex VersionPattern();

    private static readonly NodaTime.Instant ReadmeDay = NodaTime.Instant.FromUtc(2026, 12, 3, 12, 0);

    [Fact]
    public async Task Every_complete_example_answers_as_shown()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ServerFactory.ShippedData())!, "README.md"));
        // The README's answers are those of the server on this day (the newest seed file's date or later:
        // a seed file dated after "today" is refused).
        using var server = new ServerFactory(ServerFactory.ShippedData(), ReadmeDay);
        var client = server.CreateClient();
        var checkedCount = 0;
        foreach (Match m in ExamplePattern().Matches(readme))
        {
            var query = QueryPattern().Match(m.Groups["sh"].Value);
            if (!query.Success) continue;
            JsonNode? expected;
            try { expected = JsonNode.Parse(m.Groups["json"].Value); }
            catch (JsonException) { continue; } // an abbreviated answer ("...") is not compared
            var version = VersionPattern().Match(m.Groups["sh"].Value);
            var body = version.Success
                ? JsonSerializer.Serialize(new { query = query.Groups["q"].Value, extensions = new { datasetVersion = int.Parse(version.Groups["v"].Value) } })
                : JsonSerializer.Serialize(new { query = query.Groups["q"].Value });
            var response = await client.SendAsync(Http.Post(body));
            var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(JsonNode.DeepEquals(expected, actual),
                $"README example\n{query.Groups["q"].Value}\nshows\n{expected?.ToJsonString()}\nbut the server answers\n{actual?.ToJsonString()}");
            checkedCount++;
        }
        Assert.True(checkedCount >= 5, $"only {checkedCount} README examples were compared");
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
