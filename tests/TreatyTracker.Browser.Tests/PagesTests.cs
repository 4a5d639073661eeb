using Microsoft.Playwright;

namespace TreatyTracker.Browser.Tests;

public sealed class PagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, List<string> Errors)> Open(string path)
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var page = await fixture.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1800 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.RequestFailed += (_, r) => errors.Add($"request failed: {r.Url}");
        await page.GotoAsync(fixture.BaseUrl + path);
        return (page, errors);
    }

    private static Task Ready(IPage page, string treaty, string date) =>
        page.WaitForFunctionAsync($"document.body.dataset.ready === '{treaty}|{date}'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });

    private static async Task<string?> Status(IPage page, string iso) => await page.GetAttributeAsync($"#map path[data-iso='{iso}']", "data-status");

    [SkippableFact]
    public async Task Graphql_ide_loads_and_runs_the_example_query()
    {
        var (page, errors) = await Open("/graphql");
        await page.WaitForSelectorAsync(".graphiql-container", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.Contains("participation(treaty: \"Ottawa Convention\", country: \"Poland\")", await page.InnerTextAsync(".graphiql-query-editor"));
        await page.ClickAsync("button.graphiql-execute-button");
        var result = page.Locator(".graphiql-response");
        await Assertions.Expect(result).ToContainTextAsync("\"effectiveOn\": \"2026-02-20\"", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("C.N.421.2025.TREATIES-XXVI-5");
        // The schema docs explorer is there.
        await page.ClickAsync("button[aria-label='Show Documentation Explorer']");
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "graphiql.png") });
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Dashboard_reflects_the_shipped_data_when_treaty_and_date_change()
    {
        var (page, errors) = await Open("/?treaty=APMBC&date=2026-03-01");
        await Ready(page, "APMBC", "2026-03-01");
        Assert.Equal("WITHDRAWN", await Status(page, "PL"));
        Assert.Equal("WITHDRAWN", await Status(page, "FI"));
        Assert.Equal("PARTY", await Status(page, "FR"));
        Assert.Equal("NONE", await Status(page, "US"));
        Assert.Equal("#d73027", await page.GetAttributeAsync("#map path[data-iso='PL']", "fill"));
        Assert.Equal("2026-03-01", await page.GetAttributeAsync("#chart-marker", "data-date"));
        Assert.Contains("(161)", await page.InnerTextAsync("#legend li[data-status='PARTY']"));
        var poland = page.Locator("#withdrawals tr[data-iso='PL']");
        await Assertions.Expect(poland).ToContainTextAsync("2025-08-20");
        await Assertions.Expect(poland).ToContainTextAsync("2026-02-20");
        await Assertions.Expect(poland).ToContainTextAsync("confirmed");
        await Assertions.Expect(poland.Locator("a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https?://"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "dashboard.png"), FullPage = true });

        // Another date: before Poland's notice, it is a party again.
        await page.FillAsync("#date", "2025-01-01");
        await Ready(page, "APMBC", "2025-01-01");
        Assert.Equal("PARTY", await Status(page, "PL"));
        Assert.Equal("2025-01-01", await page.GetAttributeAsync("#chart-marker", "data-date"));
        Assert.Contains("treaty=APMBC&date=2025-01-01", page.Url);

        // Another treaty: Lithuania left the cluster-munitions convention on 2025-03-06.
        await page.SelectOptionAsync("#treaty", "CCM");
        await Ready(page, "CCM", "2025-01-01");
        Assert.Equal("WITHDRAWING", await Status(page, "LT"));
        await page.FillAsync("#date", "2025-03-06");
        await Ready(page, "CCM", "2025-03-06");
        Assert.Equal("WITHDRAWN", await Status(page, "LT"));
        await Assertions.Expect(page.Locator("#withdrawals tr[data-iso='LT']")).ToContainTextAsync("C.N.347.2024.TREATIES-XXVI-6");
        Assert.Contains("embed=1", await page.InputValueAsync("#embed"));
        Assert.Contains("treaty=CCM&date=2025-03-06", await page.GetAttributeAsync("#permalink", "href"));
        Assert.NotEqual("…", await page.InnerTextAsync("#dataset-version"));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Dashboard_is_usable_by_keyboard_and_labelled()
    {
        var (page, errors) = await Open("/?treaty=APMBC&date=2026-03-01");
        await Ready(page, "APMBC", "2026-03-01");
        Assert.Equal("treaty", await page.GetAttributeAsync("label[for='treaty']", "for"));
        Assert.Equal("date", await page.GetAttributeAsync("label[for='date']", "for"));
        // Tab reaches a country on the map, and focusing it shows its tooltip with the dates.
        await page.FocusAsync("#map path[data-iso='PL']");
        await Assertions.Expect(page.Locator("#tooltip")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#tooltip")).ToContainTextAsync("Withdrawal effective 2026-02-20 (confirmed)");
        // Narrow screens: nothing wider than the viewport but the table's own scroller.
        await page.SetViewportSizeAsync(390, 900);
        await page.FocusAsync("#treaty");
        await page.FocusAsync("#map path[data-iso='FR']");
        await Assertions.Expect(page.Locator("#tooltip")).ToContainTextAsync("France");
        var wide = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('.table-wrap') && e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : ''))");
        Assert.True(wide.Length == 0, "wider than the screen: " + string.Join(", ", wide.Take(10)));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "dashboard-mobile.png"), FullPage = true });
        Assert.Empty(errors);
    }

    private static async Task<int> LegendCount(IPage page, string status) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(await page.InnerTextAsync($"#legend li[data-status='{status}']"), @"\((\d+)\)").Groups[1].Value);

    // Kiribati's BWC accession (2025-05-20) came with dataset version 17 (data/0017-ctbt-npt-bwc-to-2026-08.yaml);
    // no later version changes the BWC's record on 2026-08-22: 192 states on record at version 16, 193 since.
    [SkippableFact]
    public async Task Dashboard_pinned_to_a_version_shows_that_version_and_its_permalink_keeps_it()
    {
        var (page, errors) = await Open("/?treaty=BWC&date=2026-08-22&version=16");
        var graphql = new List<string>();
        page.Request += (_, r) => { if (new Uri(r.Url).AbsolutePath == "/graphql") graphql.Add(r.Url); };
        await page.ReloadAsync(); // so that every request is seen from the first
        await Ready(page, "BWC", "2026-08-22");
        Assert.Contains("192 states on record", await page.InnerTextAsync("#status-line"));
        Assert.Equal("16", await page.GetAttributeAsync("#version-line", "data-version"));
        Assert.Equal("true", await page.GetAttributeAsync("#version-line", "data-pinned"));
        var line = await page.InnerTextAsync("#version-line");
        var current = int.Parse(System.Text.RegularExpressions.Regex.Match(line, @"the current version is (\d+)").Groups[1].Value);
        Assert.True(current >= 17, line);
        Assert.Equal("16", await page.InnerTextAsync("#dataset-version"));
        Assert.Contains("treaty=BWC&date=2026-08-22&version=16", page.Url);
        Assert.Contains("treaty=BWC&date=2026-08-22&version=16", await page.GetAttributeAsync("#permalink", "href"));
        Assert.Contains("version=16", await page.InputValueAsync("#embed"));
        Assert.DoesNotContain("version=", await page.GetAttributeAsync("#current-data", "href"));
        // Every request for the page's data names version 16; the one that does not asks only for the current version.
        Assert.True(graphql.Count >= 4, string.Join("\n", graphql));
        var unpinned = graphql.Where(u => !u.Contains("version=16")).ToList();
        Assert.True(unpinned.All(u => Uri.UnescapeDataString(u.Replace('+', ' ')).Contains("{ dataset { version } }")) && unpinned.Count <= 1, string.Join("\n", unpinned));
        var pinnedParties = await LegendCount(page, "PARTY");

        // Changing the date keeps the pin.
        await page.FillAsync("#date", "2026-08-21");
        await Ready(page, "BWC", "2026-08-21");
        Assert.Contains("version=16", page.Url);
        Assert.Equal("16", await page.GetAttributeAsync("#version-line", "data-version"));

        // The same view without a version: the current data, with Kiribati, and a permalink naming the current version.
        await page.GotoAsync(fixture.BaseUrl + "/?treaty=BWC&date=2026-08-22");
        await Ready(page, "BWC", "2026-08-22");
        Assert.Contains("193 states on record", await page.InnerTextAsync("#status-line"));
        Assert.Equal(pinnedParties + 1, await LegendCount(page, "PARTY"));
        Assert.Equal(current.ToString(), await page.GetAttributeAsync("#version-line", "data-version"));
        Assert.Equal("false", await page.GetAttributeAsync("#version-line", "data-pinned"));
        Assert.DoesNotContain("version=", page.Url);
        Assert.Contains($"treaty=BWC&date=2026-08-22&version={current}", await page.GetAttributeAsync("#permalink", "href"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "dashboard-current.png") });

        // Following the current view's permalink shows the same numbers, now pinned.
        await page.GotoAsync((await page.GetAttributeAsync("#permalink", "href"))!);
        await Ready(page, "BWC", "2026-08-22");
        Assert.Contains("193 states on record", await page.InnerTextAsync("#status-line"));
        Assert.Equal("true", await page.GetAttributeAsync("#version-line", "data-pinned"));
        Assert.Contains("also the current version", await page.InnerTextAsync("#version-line"));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Dashboard_with_an_unknown_version_says_so()
    {
        var (page, errors) = await Open("/?treaty=BWC&date=2026-08-22&version=999");
        await page.WaitForFunctionAsync("document.body.dataset.failed !== undefined", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal("DATASET_VERSION_NOT_FOUND", await page.EvaluateAsync<string>("document.body.dataset.failed"));
        Assert.Contains("dataset version 999 does not exist", await page.InnerTextAsync("#status-line"));
        Assert.Contains("asks for dataset version “999”", await page.InnerTextAsync("#version-line"));
        var current = await page.GetAttributeAsync("#current-data", "href");
        Assert.DoesNotContain("version=", current);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "dashboard-unknown-version.png") });
        // The only console errors are the browser's own notes of the 404 answers.
        Assert.All(errors, e => Assert.Contains("404", e));

        await page.ClickAsync("#current-data");
        await Ready(page, "BWC", "2026-08-22");
        Assert.Contains("193 states on record", await page.InnerTextAsync("#status-line"));
    }
}
