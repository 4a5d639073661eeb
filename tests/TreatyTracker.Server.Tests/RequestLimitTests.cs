using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace TreatyTracker.Server.Tests;

/// <summary>Bounded work per request: every limit is checked before execution and answered with a GraphQL error.</summary>
public sealed class RequestLimitTests : IClassFixture<RequestLimitTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ServerFactory Server { get; } = new(ServerFactory.TestData(), settings: new Dictionary<string, string?>
        {
            ["TreatyTracker:GraphQL:MaxTokens"] = "200",
            ["TreatyTracker:GraphQL:MaxAliases"] = "5",
            ["TreatyTracker:GraphQL:MaxLiteralLength"] = "40",
            ["TreatyTracker:GraphQL:MaxRepeatedField"] = "3",
            ["TreatyTracker:Http:MaxRequestLineBytes"] = "4000",
            ["TreatyTracker:Http:MaxRequestHeadersBytes"] = "6000",
            ["TreatyTracker:Http:MaxRequestHeaderCount"] = "30",
        });
        public void Dispose() => Server.Dispose();
    }

    private readonly ServerFactory _server;
    public RequestLimitTests(Fixture f) => _server = f.Server;

    private async Task<(HttpStatusCode Status, string? Code)> Post(string query, object? variables = null)
    {
        var r = await _server.CreateClient().SendAsync(Http.Post(JsonSerializer.Serialize(new { query, variables })));
        return (r.StatusCode, await CodeOf(r));
    }

    internal static async Task<string?> CodeOf(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        if (text.Length == 0) return null;
        var json = JsonDocument.Parse(text).RootElement;
        return json.TryGetProperty("errors", out var e) ? e[0].GetProperty("extensions").GetProperty("code").GetString() : "";
    }

    [Fact]
    public async Task Documents_under_the_limits_are_answered()
    {
        var (status, code) = await Post("{ a: treaty(code: \"APMBC\") { code code code } b: treaty(code: \"Ottawa Convention\") { name } }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", code);
    }

    [Fact]
    public async Task Too_many_tokens()
    {
        var (status, code) = await Post("{ treaty(code: \"APMBC\") { " + string.Join(" ", Enumerable.Range(0, 70).Select(i => "a" + i + ": code")) + " } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_TOKENS", code);
    }

    [Fact]
    public async Task Too_many_aliases()
    {
        var (status, code) = await Post("{ " + string.Join(" ", Enumerable.Range(0, 6).Select(i => $"a{i}: dataset {{ version }}")) + " }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_ALIASES", code);
        // Colons in arguments, variable definitions and object values are not aliases.
        Assert.Equal(HttpStatusCode.OK, (await Post("query($a: ID!, $b: ID!, $c: ID!) { x: participation(treaty: $a, country: $b) { status } y: participation(treaty: $a, country: $c) { status } }",
            new { a = "APMBC", b = "PL", c = "TR" })).Status);
    }

    [Fact]
    public async Task Literal_too_long_in_the_document_or_the_variables()
    {
        var (status, code) = await Post($"{{ search(text: \"{new string('x', 41)}\") {{ __typename }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LITERAL_TOO_LONG", code);
        (status, code) = await Post($"{{ events(first: {new string('9', 41)}) {{ totalCount }} }}");
        Assert.Equal("LITERAL_TOO_LONG", code);
        (status, code) = await Post("query($t: String!) { search(text: $t) { __typename } }", new { t = new string('x', 41) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LITERAL_TOO_LONG", code);
        (_, code) = await Post("query($f: EventFilter) { events(first: 1, filter: $f) { totalCount } }", new { f = new { treaty = new string('x', 41) } });
        Assert.Equal("LITERAL_TOO_LONG", code);
    }

    [Fact]
    public async Task Field_repeated_too_often_in_one_selection_set()
    {
        var (status, code) = await Post("{ treaty(code: \"APMBC\") { code code code code } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FIELD_REPEATED_TOO_OFTEN", code);
        // The same field in different selection sets, fragment names and type conditions do not count together.
        Assert.Equal(HttpStatusCode.OK, (await Post("{ a: treaty(code: \"APMBC\") { code ...F ... on Treaty { code } } b: treaty(code: \"APMBC\") { code name } } fragment F on Treaty { code name }")).Status);
    }

    [Fact]
    public async Task Request_line_and_headers_over_the_limits_are_graphql_errors()
    {
        var client = _server.CreateClient();
        var longGet = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ dataset { version } }") + "&x=" + new string('a', 4000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longGet.StatusCode);
        Assert.Equal("URI_TOO_LONG", await CodeOf(longGet));

        var many = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bdataset%7Bversion%7D%7D");
        for (var i = 0; i < 31; i++) many.Headers.TryAddWithoutValidation($"X-Extra-{i}", "1");
        var tooMany = await client.SendAsync(many);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooMany.StatusCode);
        Assert.Equal("REQUEST_HEADERS_TOO_LARGE", await CodeOf(tooMany));

        var big = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        big.Headers.TryAddWithoutValidation("X-Big", new string('b', 6000));
        var tooBig = await client.SendAsync(big);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooBig.StatusCode);
        Assert.Equal("REQUEST_HEADERS_TOO_LARGE", await CodeOf(tooBig));
    }
}

/// <summary>The real Kestrel on loopback: its own limits sit above ours, and malformed requests never get a 5xx.</summary>
public sealed class KestrelRejectionTests
{
    private static ServerFactory Start(out Uri address)
    {
        var server = new ServerFactory(ServerFactory.TestData(), settings: new Dictionary<string, string?> { ["TreatyTracker:GraphQL:MaxRequestBodyBytes"] = "4096" });
        server.UseKestrel(0);
        server.StartServer();
        address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <summary>
    /// Sends raw bytes and reads one response: its status code (0: the server closed without answering) and its
    /// body, read to its Content-Length or chunked end, or until the server closes or stays silent for 3 s.
    /// </summary>
    private static async Task<(int Status, string Body)> Raw(Uri address, byte[] request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        try { await stream.WriteAsync(request); } catch (IOException) { } // the server may close as soon as it has rejected the request
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (!Complete(buffer.ToArray()))
        {
            using var silence = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            int read;
            try { read = await stream.ReadAsync(chunk, silence.Token); } catch (Exception e) when (e is IOException or OperationCanceledException) { break; }
            if (read == 0) break;
            buffer.Write(chunk, 0, read);
        }
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        if (!text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)) return (0, text);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (int.Parse(text.AsSpan(9, 3)), split < 0 ? "" : text[(split + 4)..]);
    }

    private static bool Complete(byte[] response)
    {
        var text = Encoding.ASCII.GetString(response);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0) return false;
        var headers = text[..split].ToLowerInvariant();
        if (headers.Contains("transfer-encoding: chunked")) return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        var length = System.Text.RegularExpressions.Regex.Match(headers, @"content-length: *(\d+)");
        return response.Length - split - 4 >= (length.Success ? int.Parse(length.Groups[1].Value) : 0);
    }

    [Fact]
    public async Task Kestrels_limits_are_raised_above_ours_so_our_check_answers_with_a_graphql_error()
    {
        using var server = Start(out var address);
        using var client = new HttpClient { BaseAddress = address };
        // 12 KB: over Kestrel's default 8 KB request line, under ours (32 KB): answered.
        var ok = await client.GetAsync("/graphql?query=%7Bdataset%7Bversion%7D%7D&x=" + new string('a', 12_000));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        // 36 KB: over ours, under Kestrel's raised limit: our 414 with a GraphQL error.
        var tooLong = await client.GetAsync("/graphql?query=%7Bdataset%7Bversion%7D%7D&x=" + new string('a', 36_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, tooLong.StatusCode);
        Assert.Equal("URI_TOO_LONG", await RequestLimitTests.CodeOf(tooLong));
        // 40 KB of headers: ours answers 431 with a body (Kestrel's default limit, 32 KB, would have answered first).
        var big = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        big.Headers.TryAddWithoutValidation("X-Big", new string('b', 33_000));
        var tooBig = await client.SendAsync(big);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooBig.StatusCode);
        Assert.Equal("REQUEST_HEADERS_TOO_LARGE", await RequestLimitTests.CodeOf(tooBig));
    }

    [Fact]
    public async Task A_broken_chunked_body_is_a_400_graphql_error()
    {
        using var server = Start(out var address);
        var (status, body) = await Raw(address, Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{\"query\":\"{}\"}\r\n0\r\n\r\n"));
        Assert.True(status == 400, $"{status}: {body}");
        Assert.Contains("\"BAD_REQUEST\"", body);
    }

    private static HttpRequestMessage RawPost(string body, string contentType, string accept)
    {
        var m = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        m.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        m.Headers.TryAddWithoutValidation("Accept", accept);
        return m;
    }

    /// <summary>
    /// A bounded fuzz run (fixed seed, 400 requests) of mutated GraphQL requests over real HTTP and of malformed raw
    /// HTTP: no answer is a 5xx; every answer to well-formed HTTP on /graphql is a GraphQL error or a result.
    /// </summary>
    [Fact]
    public async Task Malformed_requests_never_get_a_5xx()
    {
        using var server = Start(out var address);
        using var client = new HttpClient { BaseAddress = address };
        var random = new Random(13);
        string[] seeds =
        [
            "{ participation(treaty: \"APMBC\", country: \"PL\") { status(asOf: \"2026-01-01\") withdrawal { effectiveOn basis } } }",
            "query($c: ID!) { country(code: $c) { name } }",
            "{ events(first: 5, filter: { treaty: \"APMBC\" }) { nodes { date kind } pageInfo { endCursor } } }",
            "{ treaty(code: \"APMBC\") { statusSeries(from: \"1996-01-01\", to: \"2025-12-01\", step: MONTH) { date } } }",
            "{ search(text: \"mine ban\") { treaties { code } } }",
        ];
        const string noise = "{}()[]\":,$@!.=|&#\\\n\t \u00e9\u0000\ud83d\ude00abc0123456789-eE";
        string Mutate(string s)
        {
            var chars = new StringBuilder(s);
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                var at = random.Next(chars.Length + 1);
                switch (random.Next(4))
                {
                    case 0: chars.Insert(at, noise[random.Next(noise.Length)]); break;
                    case 1: if (at < chars.Length) chars.Remove(at, 1); break;
                    case 2: chars.Insert(at, new string(noise[random.Next(noise.Length)], random.Next(1, 3000))); break;
                    default: chars.Length = Math.Min(chars.Length, at); break;
                }
            }
            return chars.ToString();
        }
        static string Printable(string s) => new(s.Where(c => c is >= ' ' and <= '~').ToArray());
        for (var i = 0; i < 300; i++)
        {
            var document = Mutate(seeds[random.Next(seeds.Length)]);
            HttpRequestMessage request = random.Next(5) switch
            {
                0 => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(document) + (random.Next(2) == 0 ? "&variables=" + Uri.EscapeDataString(Mutate("{\"c\":\"PL\"}")) : "")),
                1 => Http.Post(Mutate(JsonSerializer.Serialize(new { query = document, variables = new { c = "PL" } }))),
                // Header values stay printable ASCII: other bytes are Kestrel's own empty-bodied 400 (the raw requests below).
                2 => RawPost(JsonSerializer.Serialize(new { query = document }), random.Next(2) == 0 ? "application/json" : Printable(Mutate("application/json")),
                    Printable(Mutate("application/graphql-response+json"))),
                3 => new HttpRequestMessage(HttpMethod.Get, "/graphql?" + Mutate("documentId=sha256:00&variables={}&operationName=X")),
                _ => Http.Post(JsonSerializer.Serialize(new { query = document, variables = new { c = new string('x', random.Next(0, 5000)), d = Enumerable.Range(0, random.Next(0, 2000)).ToArray() } })),
            };
            var r = await client.SendAsync(request);
            var body = await r.Content.ReadAsStringAsync();
            Assert.True((int)r.StatusCode < 500, $"{request.Method} {request.RequestUri} answered {(int)r.StatusCode}: {body}");
            // Every answer on /graphql is a GraphQL result or error.
            Assert.True(body.StartsWith('{') && JsonDocument.Parse(body).RootElement is var json && (json.TryGetProperty("errors", out _) || json.TryGetProperty("data", out _)),
                $"{request.Method} {request.RequestUri} answered {(int)r.StatusCode}: '{body}'");
        }
        string[] raw =
        [
            "GET /graphql?query={dataset{version}} HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
            "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
            "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":",
            "BREW /graphql HTCPCP/1.0\r\n\r\n",
            "GET /" + new string('a', 50_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n" + new string('[', 5000),
        ];
        // Raw requests go in parallel: one that the server waits on (a body shorter than its Content-Length) costs the silence timeout.
        var texts = Enumerable.Range(0, 100).Select(i => i < raw.Length ? raw[i] : Mutate(raw[random.Next(raw.Length)])).ToList();
        var answers = await Task.WhenAll(texts.Select(t => Raw(address, Encoding.UTF8.GetBytes(t))));
        foreach (var (text, (status, body)) in texts.Zip(answers))
        {
            // The one 5xx allowed is Kestrel's own 505 to a request line naming another HTTP version.
            var requestLine = text.Split("\r\n")[0];
            var otherVersion = !requestLine.EndsWith(" HTTP/1.1", StringComparison.Ordinal) && !requestLine.EndsWith(" HTTP/1.0", StringComparison.Ordinal);
            Assert.True(status < 500 || (status == 505 && otherVersion), $"{text[..Math.Min(text.Length, 200)]} answered {status}: {body}");
        }
    }
}
