using System.Net;
using System.Text;
using System.Text.Json;
using System.Web;
using Pipes.Integrations;
using Pipes.Search;
using Pipes.Tests.Support;

namespace Pipes.Tests.Search;

/// <summary>
/// What the engines' answers hold, read field by field: text that is plain stays as the engine wrote it,
/// markup is taken out only where the engine sends markup, a link repeated on a later page is written
/// once, and Google's older 403 pace refusal is not read as a closed API. Canned answers, no server.
/// </summary>
public sealed class SearchAnswerTests : IDisposable
{
    private readonly List<Uri> _asked = [];
    private Func<HttpRequestMessage, HttpResponseMessage> _answer = _ => new HttpResponseMessage(HttpStatusCode.NotFound);
    private readonly TestEnvironment _env;

    public SearchAnswerTests()
    {
        _env = new TestEnvironment(new SteppingClock(DateTimeOffset.Parse("2026-12-01T14:00:00Z")), handlerFactory: () => new Canned(this));
        var settings = _env.Pipes.Settings;
        settings.Set(GoogleDefinition.BaseUrlSetting, "https://search.test/customsearch/v1");
        settings.Set(GoogleDefinition.EngineSetting, "cx-1");
        _env.Pipes.Secrets.Set(GoogleDefinition.KeySecret, "google-key-0123456789");
        settings.Set(BraveDefinition.BaseUrlSetting, "https://search.test/res/v1/web/search");
        _env.Pipes.Secrets.Set(BraveDefinition.KeySecret, "brave-token-0123456789");
        settings.Set(SearXNGDefinition.BaseUrlSetting, "https://search.test/searxng");
    }

    private sealed class Canned(SearchAnswerTests test) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            test._asked.Add(request.RequestUri!);
            return Task.FromResult(test._answer(request));
        }
    }

    private static HttpResponseMessage Json(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private static int Param(HttpRequestMessage request, string name, int fallback) =>
        HttpUtility.ParseQueryString(request.RequestUri!.Query)[name] is { } v ? int.Parse(v) : fallback;

    private SearchClient Client(string provider)
    {
        _env.Pipes.Settings.Set(SearchDefinition.ProviderSetting, provider);
        return new SearchClient(_env.Pipes);
    }

    private static async Task<List<SearchResult>> Collect(SearchClient client, SearchQuery query)
    {
        var list = new List<SearchResult>();
        await foreach (var result in client.SearchAsync(query)) list.Add(result);
        return list;
    }

    /// <summary>Google's answer for start/num over <paramref name="links"/> (1-based numbers), with nextPage while more remain.</summary>
    private static HttpResponseMessage GooglePage(HttpRequestMessage request, IReadOnlyList<int> links, Func<int, object>? item = null)
    {
        int start = Param(request, "start", 1), num = Param(request, "num", 10);
        var page = links.Skip(start - 1).Take(num).ToList();
        var queries = new Dictionary<string, object> { ["request"] = new[] { new { totalResults = links.Count.ToString(), startIndex = start, count = page.Count } } };
        if (start - 1 + num < links.Count) queries["nextPage"] = new[] { new { totalResults = links.Count.ToString(), startIndex = start + num, count = 10 } };
        var answer = new Dictionary<string, object> { ["kind"] = "customsearch#search", ["queries"] = queries };
        if (page.Count > 0)
            answer["items"] = page.Select(i => item?.Invoke(i) ?? new { title = $"Result {i}", link = $"https://site{i}.example.com/{i}", displayLink = $"site{i}.example.com", snippet = $"Snippet {i}" }).ToList();
        return Json(answer);
    }

    [Fact]
    public async Task GooglesTitleAndSnippetArePlainTextAndKeptAsGoogleWroteThem()
    {
        // Google's title and snippet are plain text (htmlTitle and htmlSnippet carry the markup):
        // a '<' in them is the page's own, as is a literal "&amp;".
        _answer = request => GooglePage(request, [1], _ => new
        {
            title = "Smith & Sons <Owners>", htmlTitle = "<b>Smith</b> &amp; Sons &lt;Owners&gt;", link = "https://smith.example.com/",
            displayLink = "smith.example.com", snippet = "AT&T's 5 < 6 > 4, written &amp; in\nHTML", htmlSnippet = "AT&amp;T&#39;s 5 &lt; 6 &gt; 4",
        });

        var result = Assert.Single(await Collect(Client("Google"), new SearchQuery("smith", 1)));

        Assert.Equal("Smith & Sons <Owners>", result.Title);
        Assert.Equal("AT&T's 5 < 6 > 4, written &amp; in HTML", result.Snippet);
    }

    // displayLink is optional: missing, empty or blank, the result shows the link's host (a column of Export-Csv left empty otherwise).
    [Fact]
    public async Task AGoogleResultWithoutADisplayLinkShowsItsLinksHost()
    {
        _answer = request => GooglePage(request, [1, 2, 3], i => i switch
        {
            1 => new { title = "One", link = "https://www.one.example.com/a", snippet = "s" },
            2 => (object)new { title = "Two", link = "https://two.example.com/b?x=1", displayLink = "", snippet = "s" },
            _ => new { title = "Three", link = "https://three.example.com/", displayLink = "  ", snippet = "s" },
        });

        var results = await Collect(Client("Google"), new SearchQuery("smith", 3));

        Assert.Equal(["www.one.example.com", "two.example.com", "three.example.com"], results.Select(r => r.DisplayLink));
    }

    [Fact]
    public async Task SearXNGsTitleAndContentArePlainTextAndKeptAsItWroteThem()
    {
        _answer = _ => Json(new
        {
            query = "smith", number_of_results = 0,
            results = new[] { new { url = "https://smith.example.com/", title = "Smith & Sons <Owners>", content = "AT&T's 5 < 6 > 4\n it's", engine = "brave" } },
            unresponsive_engines = Array.Empty<object>(),
        });

        var result = Assert.Single(await Collect(Client("SearXNG"), new SearchQuery("smith", 1)));

        Assert.Equal(("Smith & Sons <Owners>", "AT&T's 5 < 6 > 4 it's"), (result.Title, result.Snippet));
    }

    [Fact]
    public async Task BravesMarkupAndEntitiesAreStillTakenOut()
    {
        _answer = _ => Json(new
        {
            type = "search",
            web = new { results = new[] { new { title = "Smith &amp; Sons &lt;Owners&gt;", url = "https://smith.example.com/", description = "<strong>AT&amp;T</strong>&#x27;s 5 &lt; 6", meta_url = new { hostname = "smith.example.com" } } } },
        });

        var result = Assert.Single(await Collect(Client("Brave"), new SearchQuery("smith", 1)));

        Assert.Equal(("Smith & Sons <Owners>", "AT&T's 5 < 6"), (result.Title, result.Snippet));
    }

    /// <summary>
    /// Brave's <c>count</c> is a most ("the actual number delivered may be less than requested"): a page of 18 for a count of 20
    /// with <c>query.more_results_available</c> true is not the last, and a full page with it false is.
    /// </summary>
    [Fact]
    public async Task BravesShortPageWithMoreResultsAvailableIsNotItsLastAndAFullOneWithoutIsIt()
    {
        // Each offset's page of 20 loses two to Brave's own filtering; 100 results in all, more_results_available while any remain.
        _answer = request =>
        {
            int offset = Param(request, "offset", 0), count = Param(request, "count", 20);
            var page = Enumerable.Range(offset * count + 1, count).Where(i => i <= 100 && i % 10 != 3 && i % 10 != 7).ToList();
            return Json(new
            {
                type = "search",
                query = new { original = "owners", more_results_available = (offset + 1) * count < 100 },
                web = new { results = page.Select(i => new { title = $"Result {i}", url = $"https://site{i}.example.com/{i}", description = $"Snippet {i}" }).ToArray() },
            });
        };

        var results = await Collect(Client("Brave"), new SearchQuery("owners", 40));

        Assert.Equal(40, results.Count);
        Assert.Equal(Enumerable.Range(1, 40), results.Select(r => r.Rank));
        Assert.Equal(3, _asked.Count); // 16 + 16 + 8 of the third page

        // A full page that says no more follow ends the query: no request for an empty page.
        _asked.Clear();
        _answer = request => Json(new
        {
            type = "search",
            query = new { original = "owners", more_results_available = false },
            web = new { results = Enumerable.Range(1, 20).Select(i => new { title = $"Result {i}", url = $"https://site{i}.example.com/{i}", description = "" }).ToArray() },
        });
        Assert.Equal(20, (await Collect(Client("Brave"), new SearchQuery("owners", 40))).Count);
        Assert.Single(_asked);
    }

    [Fact]
    public async Task AResultGoogleRepeatsOnItsNextPageIsWrittenOnceAndTheNextNewOneTakesItsPlace()
    {
        // Google re-ranked between the requests: the start=11 page begins with the 9th and 10th again.
        int[] engine = [.. Enumerable.Range(1, 10), 9, 10, .. Enumerable.Range(11, 40)];
        _answer = request => GooglePage(request, engine);

        var results = await Collect(Client("Google"), new SearchQuery("owners", 20));

        Assert.Equal(Enumerable.Range(1, 20), results.Select(r => r.Rank));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"https://site{i}.example.com/{i}"), results.Select(r => r.Link));
        // The third page starts where the engine's second ended, and asks only for the two still missing.
        Assert.Equal(new[] { "start=1&num=10", "start=11&num=10", "start=21&num=2" },
            _asked.Select(u => $"start={HttpUtility.ParseQueryString(u.Query)["start"]}&num={HttpUtility.ParseQueryString(u.Query)["num"]}"));
    }

    [Fact]
    public async Task SearXNGFindingNothingBecauseItsEnginesTimedOutIsUnavailableNotNoResults()
    {
        _answer = _ => Json(new { query = "roe minerals", results = Array.Empty<object>(), unresponsive_engines = new[] { new[] { "google", "timeout" }, new[] { "bing", "Suspended: too many requests" } } });
        var error = await Assert.ThrowsAsync<UnavailableError>(() => Collect(Client("SearXNG"), new SearchQuery("roe minerals", 10)));
        Assert.Contains("google (timeout), bing (Suspended: too many requests)", error.Message);
        Assert.Contains("'roe minerals'", error.Message);

        // Some engines silent, but results found: the results stand.
        _answer = _ => Json(new { results = new[] { new { url = "https://roe.example/", title = "Roe", content = "" } }, unresponsive_engines = new[] { new[] { "bing", "timeout" } } });
        Assert.Single(await Collect(Client("SearXNG"), new SearchQuery("roe minerals", 1)));
        // A later page empty beside a silent engine: the results ran out; those written stand, no error.
        _answer = request => Param(request, "pageno", 1) == 1
            ? Json(new { results = Enumerable.Range(1, 10).Select(i => new { url = $"https://roe.example/{i}", title = "Roe", content = "" }), unresponsive_engines = new[] { new[] { "bing", "CAPTCHA" } } })
            : Json(new { results = Array.Empty<object>(), unresponsive_engines = new[] { new[] { "bing", "CAPTCHA" } } });
        Assert.Equal(10, (await Collect(Client("SearXNG"), new SearchQuery("roe minerals", 20))).Count);
        // Nothing found and every engine answered: no results, no error.
        _answer = _ => Json(new { results = Array.Empty<object>(), unresponsive_engines = Array.Empty<string[]>() });
        Assert.Empty(await Collect(Client("SearXNG"), new SearchQuery("zzqx", 1)));
    }

    [Fact]
    public async Task AResultSearXNGRepeatsOnItsNextPageIsWrittenOnce()
    {
        _answer = request =>
        {
            var pageno = Param(request, "pageno", 1);
            // Page 2 merges the engines afresh and brings back the first page's last two.
            var numbers = pageno == 1 ? Enumerable.Range(1, 10) : pageno == 2 ? Enumerable.Range(9, 12) : Enumerable.Range(21, 10);
            return Json(new { query = "q", results = numbers.Select(i => new { url = $"https://site{i}.example.com/{i}", title = $"Result {i}", content = $"Snippet {i}" }) });
        };

        var results = await Collect(Client("SearXNG"), new SearchQuery("owners", 25));

        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"https://site{i}.example.com/{i}"), results.Select(r => r.Link));
        Assert.Equal(Enumerable.Range(1, 25), results.Select(r => r.Rank));
    }

    [Fact]
    public async Task GooglesOlder403RateLimitIsRateLimitedNotAClosedApiAndLeavesTheDayOpen()
    {
        _answer = _ => Json(new
        {
            error = new
            {
                code = 403, message = "Rate Limit Exceeded", status = "PERMISSION_DENIED",
                errors = new[] { new { message = "Rate Limit Exceeded", domain = "usageLimits", reason = "rateLimitExceeded" } },
            },
        }, HttpStatusCode.Forbidden);
        var client = Client("Google");

        var error = await Assert.ThrowsAsync<RateLimitedError>(() => Collect(client, new SearchQuery("owners", 5)));

        Assert.Equal(ErrorIds.RateLimited, error.ErrorId);
        Assert.Contains("coming too fast", error.Message);
        Assert.Equal(99, client.GetQuota().Remaining); // one query spent, the day not marked spent
    }

    public void Dispose() => _env.Dispose();
}
