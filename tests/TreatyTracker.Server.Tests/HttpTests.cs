using System.Net;
using System.Text;
using System.Text.Json;

namespace TreatyTracker.Server.Tests;

public sealed class HttpTests : IClassFixture<HttpTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ServerFactory Server { get; } = new(ServerFactory.TestData(), settings: new Dictionary<string, string?>
        {
            ["TreatyTracker:GraphQL:MaxRequestBodyBytes"] = "2000",
            ["TreatyTracker:GraphQL:MaxDocumentLength"] = "1500",
            ["TreatyTracker:GraphQL:MaxDepth"] = "6",
            ["TreatyTracker:GraphQL:MaxComplexity"] = "400",
            ["TreatyTracker:GraphQL:MaxPageSize"] = "50",
            ["TreatyTracker:Http:CacheMaxAgeSeconds"] = "120",
        });
        public void Dispose() => Server.Dispose();
    }

    private readonly ServerFactory _server;
    public HttpTests(Fixture f) => _server = f.Server;

    private static async Task<(HttpResponseMessage Response, JsonElement Json)> Send(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    private static string Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Get_query_answers_graphql_response_json_with_the_dataset_version()
    {
        var client = _server.CreateClient();
        var (r, json) = await Send(client, new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ treaty(code: \"APMBC\") { code } }")));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/graphql-response+json", r.Content.Headers.ContentType!.MediaType);
        Assert.Equal("APMBC", json.GetProperty("data").GetProperty("treaty").GetProperty("code").GetString());
        Assert.Equal(1, json.GetProperty("extensions").GetProperty("dataset").GetProperty("version").GetInt32());
        Assert.Equal("1", r.Headers.GetValues("X-Dataset-Version").Single());
    }

    [Fact]
    public async Task Get_with_variables_and_operation_name()
    {
        var client = _server.CreateClient();
        var q = Uri.EscapeDataString("query A($c: ID!) { country(code: $c) { code } } query B { dataset { version } }");
        var v = Uri.EscapeDataString("{\"c\":\"Latvia\"}");
        var (r, json) = await Send(client, new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={q}&variables={v}&operationName=A"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("LV", json.GetProperty("data").GetProperty("country").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Application_json_only_clients_get_application_json_and_200_on_validation_errors()
    {
        var client = _server.CreateClient();
        var (r, json) = await Send(client, Http.Post("{\"query\":\"{ nope }\"}", accept: "application/json"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        Assert.True(json.GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Validation_failure_is_400_for_graphql_response_json()
    {
        var (r, json) = await Send(_server.CreateClient(), Http.Post("{\"query\":\"{ nope }\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("nope", json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"query\": \"{ treaty(code: \"}")]
    [InlineData("{\"variables\": {}}")]
    public async Task Unparsable_body_or_document_is_400_with_a_graphql_error(string body)
    {
        var (r, json) = await Send(_server.CreateClient(), Http.Post(body));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True(json.GetProperty("errors").GetArrayLength() > 0);
        Assert.DoesNotContain("   at ", json.ToString()); // no stack trace
    }

    [Fact]
    public async Task Bad_variables_in_get_is_400()
    {
        var (r, json) = await Send(_server.CreateClient(), new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bdataset%7Bversion%7D%7D&variables=not-json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("BAD_REQUEST", Code(json));
    }

    [Fact]
    public async Task Other_methods_get_405_with_allow()
    {
        var (r, json) = await Send(_server.CreateClient(), new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.StatusCode);
        Assert.Equal("GET, POST", r.Content.Headers.Allow.Count > 0 ? string.Join(", ", r.Content.Headers.Allow) : string.Join(", ", r.Headers.GetValues("Allow")));
        Assert.Equal("METHOD_NOT_ALLOWED", Code(json));
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bdataset%7Bversion%7D%7D");
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");
        var (r, json) = await Send(_server.CreateClient(), request);
        Assert.Equal(HttpStatusCode.NotAcceptable, r.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", Code(json));
    }

    [Fact]
    public async Task Wrong_content_type_is_415()
    {
        var (r, json) = await Send(_server.CreateClient(), Http.Post("{ dataset { version } }", "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", Code(json));
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var body = JsonSerializer.Serialize(new { query = "{ dataset { version } }", variables = new { pad = new string('x', 3000) } });
        var (r, json) = await Send(_server.CreateClient(), Http.Post(body));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", Code(json));
    }

    [Fact]
    public async Task Document_over_the_length_limit_is_refused()
    {
        var query = "{ dataset { version } }" + new string(' ', 1600);
        var (r, json) = await Send(_server.CreateClient(), new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query)));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LONG", Code(json));
    }

    [Fact]
    public async Task Depth_limit_applies_to_introspection_too()
    {
        var deep = "{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }";
        var (r, json) = await Send(_server.CreateClient(), Http.Post(JsonSerializer.Serialize(new { query = deep })));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("depth", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Complexity_limit()
    {
        var q = "{ countries(first: 50) { nodes { participations { events { sources { url } } } } } }";
        var (r, json) = await Send(_server.CreateClient(), Http.Post(JsonSerializer.Serialize(new { query = q })));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("complexity", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Complexity_limit_holds_for_a_cached_document_with_other_variables()
    {
        // The document is parsed and validated once and then reused; the complexity depends on $n, so it is checked on every request.
        const string q = "query($n: Int) { countries(first: $n) { nodes { participations { status treaty { code } } } } }";
        var client = _server.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var (small, smallJson) = await Send(client, Http.Post(JsonSerializer.Serialize(new { query = q, variables = new { n = 1 + i } })));
            Assert.Equal(HttpStatusCode.OK, small.StatusCode);
            Assert.False(smallJson.TryGetProperty("errors", out _));
        }
        var (r, json) = await Send(client, Http.Post(JsonSerializer.Serialize(new { query = q, variables = new { n = 50 } })));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("complexity", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Complexity_limit_holds_for_a_cached_document_sent_without_variables_after_a_request_with_them()
    {
        // Cached and analysed with $n = 1; without variables $n takes its default, 50, over the limit: a request without
        // variables may skip the analyser only after one without variables has passed it.
        const string q = "query($n: Int = 50) { countries(first: $n) { nodes { participations { status treaty { name } } } } }";
        var client = _server.CreateClient();
        var (small, _) = await Send(client, Http.Post(JsonSerializer.Serialize(new { query = q, variables = new { n = 1 } })));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        for (var i = 0; i < 2; i++)
        {
            var (r, json) = await Send(client, Http.Post(JsonSerializer.Serialize(new { query = q })));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("complexity", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task Page_size_limit(int first)
    {
        var (r, json) = await Send(_server.CreateClient(), Http.Post(JsonSerializer.Serialize(new { query = $"{{ countries(first: {first}) {{ totalCount }} }}" })));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode); // executed: a field error, not a request error
        Assert.Equal("BAD_PAGE_SIZE", Code(json));
    }

    [Fact]
    public async Task Bad_scalar_literal_is_a_validation_error()
    {
        var (r, json) = await Send(_server.CreateClient(), Http.Post(JsonSerializer.Serialize(new { query = "{ participation(treaty: \"APMBC\", country: \"PL\") { status(asOf: \"2025-02-30\") } }" })));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("LocalDate", json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_responses_are_cacheable_with_etag_and_304()
    {
        var client = _server.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("{ dataset { version } }");
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.StartsWith("\"v1-", etag.Tag);
        Assert.Equal("public, max-age=120", first.Headers.CacheControl!.ToString());

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        var other = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ dataset { description } }"));
        Assert.NotEqual(etag.Tag, other.Headers.ETag!.Tag);

        var post = await client.SendAsync(Http.Post("{\"query\":\"{ dataset { version } }\"}"));
        Assert.True(post.Headers.CacheControl!.NoStore);
        Assert.Null(post.Headers.ETag);
    }

    [Fact]
    public async Task Cors_allows_any_origin_for_get_and_post()
    {
        var client = _server.CreateClient();
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://newsroom.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var r = await client.SendAsync(preflight);
        Assert.Equal("*", r.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", r.Headers.GetValues("Access-Control-Allow-Methods").Single());

        var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bdataset%7Bversion%7D%7D");
        get.Headers.Add("Origin", "https://newsroom.example");
        var g = await client.SendAsync(get);
        Assert.Equal("*", g.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(g.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Sdl_health_and_schema_file_endpoints()
    {
        var client = _server.CreateClient();
        var sdl = await client.GetStringAsync("/graphql?sdl");
        Assert.Contains("type Participation", sdl);
        Assert.Equal(sdl, await client.GetStringAsync("/schema.graphql"));
        var health = JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement;
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(1, health.GetProperty("datasetVersion").GetInt32());
    }

    /// <summary>Makes the batch query of events slow, so a timeout happens for certain.</summary>
    private sealed class SlowEvents : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public override Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> ReaderExecuting(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result)
        {
            if (command.CommandText.Contains("event_sources", StringComparison.Ordinal)) Thread.Sleep(3000);
            return result;
        }
    }

    /// <summary>Once armed, holds the next read of the dataset version until released.</summary>
    private sealed class GatedVersionCheck : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public readonly ManualResetEventSlim Entered = new(false);
        public readonly ManualResetEventSlim Release = new(false);
        public volatile bool Armed;

        public override Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> ReaderExecuting(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result)
        {
            if (Armed && command.CommandText.Contains("dataset_version", StringComparison.Ordinal))
            {
                Armed = false;
                Entered.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }
            return result;
        }
    }

    [Fact]
    public async Task While_one_request_rereads_the_dataset_version_the_others_answer_from_the_snapshot_they_have()
    {
        var gate = new GatedVersionCheck();
        using var server = new ServerFactory(ServerFactory.TestData(), interceptor: gate);
        var client = server.CreateClient();
        await client.GetStringAsync("/healthz"); // the first snapshot is loaded
        server.Clock.Advance(NodaTime.Duration.FromMinutes(1)); // past DatasetCheckSeconds: the next request re-reads the version
        gate.Armed = true;
        var checking = client.GetStringAsync("/graphql?query=%7Bdataset%7Bversion%7D%7D");
        Assert.True(gate.Entered.Wait(TimeSpan.FromSeconds(20)), "no request re-read the dataset version");
        var other = client.GetStringAsync("/graphql?query=%7Btreaties%7BtotalCount%7D%7D");
        var answeredMeanwhile = await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(10))) == other;
        gate.Release.Set();
        Assert.True(answeredMeanwhile, "a request queued behind another request's dataset-version check");
        Assert.Contains("totalCount", await other);
        Assert.Contains("\"version\":1", await checking);
    }

    [Fact]
    public async Task Execution_timeout_is_a_graphql_error_not_a_500()
    {
        using var slow = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?>
        {
            ["TreatyTracker:GraphQL:ExecutionTimeoutSeconds"] = "0.3",
            ["TreatyTracker:CacheTreatyRecords"] = "false",
        }, interceptor: new SlowEvents());
        var client = slow.CreateClient();
        await client.GetStringAsync("/healthz"); // started, reference data loaded
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (r, json) = await Send(client, Http.Post("{\"query\":\"{ events(first: 50) { nodes { eventId } } }\"}"));
        Assert.NotEqual(HttpStatusCode.InternalServerError, r.StatusCode);
        Assert.Contains("timeout", json.GetProperty("errors")[0].ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2.5), $"the timeout did not cut the request short ({started.Elapsed})");
    }
}

public class IntrospectionTests
{
    [Fact]
    public async Task The_standard_introspection_query_of_graphql_ides_passes_the_default_limits()
    {
        // TestData/introspection.graphql is graphql-js getIntrospectionQuery({ schemaDescription: true }): what our
        // GraphiQL sends (src/TreatyTracker.Server/ClientApp/src/ide.jsx).
        using var server = new ServerFactory(ServerFactory.TestData());
        var query = File.ReadAllText(Path.Combine(ServerFactory.TestData(), "introspection.graphql"));
        var data = await server.QueryAsync(query);
        Assert.Contains(data.GetProperty("__schema").GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Participation");
    }
}
