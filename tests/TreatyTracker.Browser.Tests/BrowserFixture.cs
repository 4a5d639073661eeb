using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using TreatyTracker.Storage;

namespace TreatyTracker.Browser.Tests;

/// <summary>
/// The real server (a separate process on a free loopback port, with the shipped data) and a headless Chromium.
/// Chromium comes from the system (apt-get install chromium; .ci/run installs it); without it the tests are
/// skipped on a developer machine and fail under CI.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private Process? _server;
    private IPlaywright? _playwright;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "tt-browser", Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";
    public IBrowser? Browser { get; private set; }
    public string? Unavailable { get; private set; }
    public static string Root { get; } = RepositoryPaths.Root() ?? throw new InvalidOperationException("repository root not found");
    public static string Screenshots { get; } = Path.Combine(Root, "artifacts", "screenshots");

    public static string? ChromiumPath() =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p
        : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath();
        if (chromium is null)
        {
            Unavailable = "Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)";
            if (Environment.GetEnvironmentVariable("CI") is "true" or "1") throw new InvalidOperationException(Unavailable);
            return;
        }
        Directory.CreateDirectory(_work);
        Directory.CreateDirectory(Screenshots);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(Root, "src", "TreatyTracker.Server") };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "TreatyTracker.Server.dll"), "--urls", BaseUrl, "--data", Path.Combine(Root, "data"),
                     "--db", Path.Combine(_work, "browser.db"), "--contentRoot", Path.Combine(Root, "src", "TreatyTracker.Server") })
            psi.ArgumentList.Add(a);
        _server = Process.Start(psi)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; ; i++)
        {
            try { if ((await http.GetAsync($"{BaseUrl}/healthz")).IsSuccessStatusCode) break; }
            catch (HttpRequestException) { }
            if (i > 120 || _server.HasExited) throw new InvalidOperationException("the server did not start");
            await Task.Delay(500);
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is { HasExited: false }) { _server.Kill(entireProcessTree: true); await _server.WaitForExitAsync(); }
        try { Directory.Delete(_work, true); } catch (IOException) { }
    }
}
