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
}
