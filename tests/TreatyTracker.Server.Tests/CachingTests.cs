using System.Net;

namespace TreatyTracker.Server.Tests;

public class CachingTests
{
    private const string Url = "/graphql?query=%7B%20participation(treaty%3A%20%22APMBC%22%2C%20country%3A%20%22PL%22)%20%7B%20status%20%7D%20%7D";

    [Fact]
    public async Task Etag_changes_at_midnight_because_answers_without_asOf_do()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), Instant.FromUtc(2026, 11, 26, 23, 0));
        var client = server.CreateClient();
        var today = await client.GetAsync(Url);
        server.Clock.Advance(Duration.FromHours(2));
        var again = new HttpRequestMessage(HttpMethod.Get, Url);
        again.Headers.IfNoneMatch.Add(today.Headers.ETag!);
        var tomorrow = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, tomorrow.StatusCode);
        Assert.NotEqual(today.Headers.ETag!.Tag, tomorrow.Headers.ETag!.Tag);
    }

    // Issue 13 item 1 changed this test's last assertion: POST answers now come from the same result cache as GET
    // (only the HTTP caching headers stay GET-only), so the POST of the same question runs no SQL.
    [Fact]
    public async Task Repeated_get_and_post_are_answered_from_the_response_cache()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:CacheTreatyRecords"] = "false" });
        var client = server.CreateClient();
        await client.GetStringAsync("/healthz");
        server.Commands.Reset();
        var first = await client.GetStringAsync(Url);
        Assert.Equal(1, server.Commands.Count);
        var second = await client.GetStringAsync(Url);
        Assert.Equal(1, server.Commands.Count); // no execution, no SQL
        Assert.Equal(first, second);
        var post = await client.SendAsync(Http.Post("{\"query\":\"{ participation(treaty: \\\"APMBC\\\", country: \\\"PL\\\") { status } }\"}"));
        Assert.Equal(1, server.Commands.Count);
        Assert.Equal(first, await post.Content.ReadAsStringAsync());
        Assert.True(post.Headers.CacheControl!.NoStore);
        Assert.Null(post.Headers.ETag);
    }

    [Fact]
    public async Task The_result_cache_key_is_the_documents_tokens_variables_operation_and_media_type()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:CacheTreatyRecords"] = "false" });
        var client = server.CreateClient();
        await client.GetStringAsync("/healthz");
        const string q = "query Status($c: ID!) { participation(treaty: \"APMBC\", country: $c) { status(asOf: \"2026-03-01\") } }";
        async Task<string> Post(string query, object? variables, string? operationName = null, string? accept = null)
        {
            var r = await client.SendAsync(Http.Post(System.Text.Json.JsonSerializer.Serialize(new { query, variables, operationName }), accept: accept));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }
        server.Commands.Reset();
        var pl = await Post(q, new { c = "PL" });
        Assert.Equal(1, server.Commands.Count);
        // The same tokens spelt with other whitespace, commas and a comment: the same entry.
        Assert.Equal(pl, await Post("# status of one country\n" + q.Replace(" ", "\n  ,").Replace("{\n  ,", "{"), new { c = "PL" }));
        Assert.Equal(1, server.Commands.Count);
        // Other variables, operation name or media type: executed, and answered for what they ask.
        var tr = await Post(q, new { c = "TR" });
        Assert.Equal(2, server.Commands.Count);
        Assert.NotEqual(pl, tr);
        Assert.Contains("\"WITHDRAWN\"", pl);
        await Post(q, new { c = "PL" }, "Status");
        Assert.Equal(3, server.Commands.Count);
        await Post(q, new { c = "PL" }, accept: "application/json");
        Assert.Equal(4, server.Commands.Count);
    }

    [Fact]
    public async Task Answers_asking_for_per_process_fields_are_never_cached()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:CacheTreatyRecords"] = "false" });
        var client = server.CreateClient();
        await client.GetStringAsync("/healthz");
        var url = "/graphql?query=" + Uri.EscapeDataString("{ dataset { loadedAt } participation(treaty: \"APMBC\", country: \"PL\") { status } }");
        server.Commands.Reset();
        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, server.Commands.Count);
        Assert.Null(second.Headers.ETag);
        Assert.True(second.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task The_result_cache_starts_afresh_at_midnight()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), Instant.FromUtc(2026, 11, 26, 23, 0), new Dictionary<string, string?> { ["TreatyTracker:CacheTreatyRecords"] = "false" });
        var client = server.CreateClient();
        await client.GetStringAsync("/healthz");
        server.Commands.Reset();
        await client.GetStringAsync(Url);
        await client.GetStringAsync(Url);
        Assert.Equal(1, server.Commands.Count);
        server.Clock.Advance(Duration.FromHours(2));
        await client.GetStringAsync("/healthz"); // the periodic dataset check runs its own SQL
        server.Commands.Reset();
        await client.GetStringAsync(Url);
        Assert.Equal(1, server.Commands.Count);
    }

    [Fact]
    public async Task Feeds_are_answered_from_the_response_cache()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:CacheTreatyRecords"] = "false" });
        var client = server.CreateClient();
        await client.GetStringAsync("/healthz");
        foreach (var feed in new[] { "/export/participations.csv?treaty=APMBC&asOf=2026-01-01", "/export/events.csv?country=PL", "/calendar/withdrawals.ics" })
        {
            server.Commands.Reset();
            var first = await client.GetAsync(feed);
            Assert.Equal(1, server.Commands.Count);
            var second = await client.GetAsync(feed);
            Assert.Equal(1, server.Commands.Count);
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
            Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
            Assert.Equal(first.Content.Headers.ContentDisposition, second.Content.Headers.ContentDisposition);
            Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        }
    }

    [Fact]
    public async Task Response_cache_can_be_turned_off()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?>
        {
            ["TreatyTracker:CacheTreatyRecords"] = "false",
            ["TreatyTracker:Http:ResponseCacheEntries"] = "0",
        });
        var client = server.CreateClient();
        await client.GetStringAsync("/healthz");
        server.Commands.Reset();
        await client.GetStringAsync(Url);
        await client.GetStringAsync(Url);
        Assert.Equal(2, server.Commands.Count);
    }
}

public class DocumentCacheTests
{
    [Fact]
    public async Task Same_document_with_other_variables_answers_correctly_and_invalid_documents_stay_rejected()
    {
        using var server = new ServerFactory(ServerFactory.TestData());
        const string q = "query($c: ID!, $d: LocalDate) { participation(treaty: \"APMBC\", country: $c) { status(asOf: $d) } }";
        var a = await server.QueryAsync(q, new { c = "PL", d = "2024-01-01" });
        var b = await server.QueryAsync(q, new { c = "PL", d = "2026-03-01" });
        var c = await server.QueryAsync(q, new { c = "LV", d = "2026-03-01" });
        Assert.Equal("PARTY", a.GetProperty("participation").GetProperty("status").GetString());
        Assert.Equal("WITHDRAWN", b.GetProperty("participation").GetProperty("status").GetString());
        Assert.Equal("WITHDRAWN", c.GetProperty("participation").GetProperty("status").GetString());

        var client = server.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var bad = await client.SendAsync(Http.Post("{\"query\":\"{ treaty(code: \\\"APMBC\\\") { nope } }\"}"));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
        // A bad variable for a cached document is still a clear error.
        var badVariable = await client.SendAsync(Http.Post(System.Text.Json.JsonSerializer.Serialize(new { query = q, variables = new { c = "PL", d = "not-a-date" } })));
        Assert.Contains("LocalDate", await badVariable.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.InternalServerError, badVariable.StatusCode);
    }
}

public class CachedDocumentWithoutVariablesTests
{
    [Fact]
    public async Task Executed_again_without_the_complexity_pass_it_answers_as_the_first_time()
    {
        // Response cache off: every request executes; from the third on, the cached document skips every validation rule.
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:Http:ResponseCacheEntries"] = "0" });
        const string q = "{ pl: participation(treaty: \"APMBC\", country: \"PL\") { status(asOf: \"2026-03-01\") } countries(first: 2) { nodes { code } } }";
        var answers = new List<string>();
        for (var i = 0; i < 3; i++) answers.Add((await server.QueryAsync(q)).GetRawText());
        Assert.Contains("\"WITHDRAWN\"", answers[0]);
        Assert.All(answers, a => Assert.Equal(answers[0], a));
    }
}

public class CorsConfigurationTests
{
    [Fact]
    public async Task Configured_origins_are_the_only_ones_allowed()
    {
        using var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:Http:CorsOrigins:0"] = "https://newsroom.example" });
        var client = server.CreateClient();
        async Task<string?> AllowedFor(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bdataset%7Bversion%7D%7D");
            request.Headers.Add("Origin", origin);
            var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var v) ? v.Single() : null;
        }
        Assert.Equal("https://newsroom.example", await AllowedFor("https://newsroom.example"));
        Assert.Null(await AllowedFor("https://elsewhere.example"));
    }
}

public class DatasetIdentityTests
{
    private const string Url = "/graphql?query=%7B%20dataset%20%7B%20version%20files%20%7B%20fileName%20sha256%20%7D%20%7D%20participation(treaty%3A%20%22APMBC%22%2C%20country%3A%20%22PL%22)%20%7B%20status%20%7D%20%7D";
    private const string Csv = "/export/participations.csv?treaty=APMBC&asOf=2026-01-01";

    [Fact]
    public async Task Replicas_built_from_the_same_data_answer_the_same_bytes_and_etags()
    {
        using var a = new ServerFactory(ServerFactory.TestData(), Instant.FromUtc(2026, 12, 3, 9, 0));
        using var b = new ServerFactory(ServerFactory.TestData(), Instant.FromUtc(2026, 12, 3, 17, 30)); // built and loaded at another time
        foreach (var url in new[] { Url, Csv })
        {
            var ra = await a.CreateClient().GetAsync(url);
            var rb = await b.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, ra.StatusCode);
            Assert.Equal(ra.Headers.ETag, rb.Headers.ETag);
            Assert.Equal(await ra.Content.ReadAsByteArrayAsync(), await rb.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task A_rebuild_after_an_edit_changes_the_etag_even_at_the_same_version()
    {
        var edited = Path.Combine(Path.GetTempPath(), "tt-identity-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(edited);
        try
        {
            foreach (var f in Directory.EnumerateFiles(ServerFactory.TestData(), "*.yaml")) File.Copy(f, Path.Combine(edited, Path.GetFileName(f)));
            using var original = new ServerFactory(ServerFactory.TestData());
            var before = await original.CreateClient().GetAsync(Url);
            File.AppendAllText(Path.Combine(edited, "0001-test.yaml"), "\n# an edit that changes the file's checksum, not its version\n");
            using var rebuilt = new ServerFactory(edited);
            var after = await rebuilt.CreateClient().GetAsync(Url);
            Assert.Equal(before.Headers.GetValues("X-Dataset-Version").Single(), after.Headers.GetValues("X-Dataset-Version").Single());
            Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
            var csvBefore = await original.CreateClient().GetAsync(Csv);
            var csvAfter = await rebuilt.CreateClient().GetAsync(Csv);
            Assert.NotEqual(csvBefore.Headers.ETag, csvAfter.Headers.ETag);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(edited, true);
        }
    }
}

public class SeriesPointTests
{
    private const string Series = "query($f: LocalDate!, $t: LocalDate!, $s: SeriesStep) { treaty(code: \"APMBC\") { statusSeries(from: $f, to: $t, step: $s) { date counts { status count } } } }";

    [Fact]
    public async Task Points_kept_from_one_series_answer_another_exactly_as_a_fresh_server_does()
    {
        using var warm = new ServerFactory(ServerFactory.TestData());
        using var fresh = new ServerFactory(ServerFactory.TestData());
        await warm.QueryAsync(Series, new { f = "1997-01-01", t = "2026-12-01", s = "MONTH" });
        var fromKept = await warm.QueryAsync(Series, new { f = "2024-01-01", t = "2026-12-01", s = "YEAR" });
        var computed = await fresh.QueryAsync(Series, new { f = "2024-01-01", t = "2026-12-01", s = "YEAR" });
        Assert.Equal(computed.ToString(), fromKept.ToString());
        Assert.Contains("WITHDRAWN", fromKept.ToString()); // the range covers a withdrawal, so the counts change
    }
}
