using Pipes.Fakes;
using Pipes.Integrations;
using Pipes.Search;
using Pipes.Tests.Support;

namespace Pipes.Tests.Search;

/// <summary>Brave and SearXNG behind the same Search-Google: their paging, refusals, and the one output shape.</summary>
public sealed class SearchProviderTests(FakeServerFixture fixture) : SearchTestBase(fixture)
{
    private const string BravePath = "/res/v1/web/search";
    private const string SearXNGPath = "/searxng/search";

    [Fact]
    public async Task EveryProviderGivesTheSameShapeInRankOrder()
    {
        var byProvider = new Dictionary<string, List<SearchResult>>();
        foreach (var provider in SearchDefinition.Providers)
            byProvider[provider] = await Collect(new SearchClient(Process(provider)), new SearchQuery("Smith Family Trust", 25));

        foreach (var (provider, results) in byProvider)
        {
            Assert.Equal(Enumerable.Range(1, 25), results.Select(r => r.Rank));
            Assert.All(results, r => Assert.Equal((provider, "Smith Family Trust"), (r.Provider, r.Query)));
            Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Title) || string.IsNullOrEmpty(r.Link) || string.IsNullOrEmpty(r.DisplayLink) || string.IsNullOrEmpty(r.Snippet)));
            // The fake's one index: the same results, whatever the engine's wire format.
            Assert.Equal(byProvider["Google"].Select(r => (r.Title, r.Link, r.DisplayLink, r.Snippet)), results.Select(r => (r.Title, r.Link, r.DisplayLink, r.Snippet)));
        }
    }

    [Fact]
    public async Task BravePagesByCountAndOffsetWithTheTokenInItsHeader()
    {
        var client = new SearchClient(Process("Brave"));

        var results = await Collect(client, new SearchQuery("Permian owners", 45));

        Assert.Equal(45, results.Count);
        var requests = Requests(BravePath);
        Assert.Equal(new[] { "0", "1", "2" }, requests.Select(r => Param(r, "offset")));
        Assert.All(requests, r => Assert.Equal("20", Param(r, "count")));
        Assert.All(requests, r => Assert.Equal(SearchFake.BraveKey, r.Headers["X-Subscription-Token"]));
        Assert.DoesNotContain(requests, r => r.QueryString.Contains(SearchFake.BraveKey));
        Assert.DoesNotContain(results, r => r.Snippet.Contains('<')); // Brave's <strong> marks are taken out
        Assert.Equal(new SearchQuota(3, null, null, client.GetQuota().ResetsAt, "Brave"), client.GetQuota());
    }

    [Fact]
    public async Task BraveTakesSiteAndLanguageInItsOwnWay()
    {
        await Collect(new SearchClient(Process("Brave")), new SearchQuery("Jones", 3, "example.org", "de", SafeSearch: true));
        var request = Requests(BravePath).Single();
        Assert.Equal(("Jones site:example.org", "de", "strict", "3"), (Param(request, "q"), Param(request, "search_lang"), Param(request, "safesearch"), Param(request, "count")));
    }

    [Fact]
    public async Task BraveWithNoResultsWritesNothing()
    {
        Assert.Empty(await Collect(new SearchClient(Process("Brave")), new SearchQuery("noresults here", 40)));
        Assert.Single(Requests(BravePath));
    }

    [Fact]
    public async Task BravesRefusedTokenIsAuthenticationFailed()
    {
        var environment = Process("Brave");
        environment.Secrets.Set(BraveDefinition.KeySecret, "BSAwrong-token-0123456789");
        var error = await Assert.ThrowsAsync<AuthenticationError>(() => Collect(new SearchClient(environment), new SearchQuery("x", 5)));
        Assert.Contains("SUBSCRIPTION_TOKEN_INVALID", error.Message);
        Assert.Contains("Set-PipesSecret Brave.ApiKey", error.RecommendedAction);
        Assert.Single(Requests(BravePath));
    }

    [Theory]
    // Around the key, a no-break space or a line end is dropped when it is stored (SecretStore), and a line break inside is refused
    // there (Pipes.InvalidSecret): what is left for the header's own check is a character inside the key.
    [InlineData("BSA-token-\u00a00123456789", "U+00A0 at character 11 of its X-Subscription-Token header")]
    [InlineData("BSA-token-\u200b0123456789", "U+200B at character 11 of its X-Subscription-Token header")]
    public async Task ATokenThatNoHeaderCanCarryIsAuthenticationFailedBeforeAnythingIsSentOrCounted(string token, string said)
    {
        // A key pasted with a no-break space was retried as a network failure ("Check the network"), spending four
        // queries of the ledger with nothing sent; one with a line break was Pipes.Unexpected (a FormatException).
        var environment = Process("Brave");
        environment.Secrets.Set(BraveDefinition.KeySecret, token);
        var client = new SearchClient(environment);

        var error = await Assert.ThrowsAsync<AuthenticationError>(() => Collect(client, new SearchQuery("x", 5)));

        Assert.Equal(ErrorIds.AuthenticationFailed, error.ErrorId);
        Assert.Contains(said, error.Message);
        Assert.DoesNotContain("0123456789", error.Message + error.RecommendedAction);
        Assert.Contains("Set-PipesSecret", error.RecommendedAction);
        Assert.Empty(Requests(BravePath));
        Assert.Equal(0, client.GetQuota().Used);
    }

    [Fact]
    public async Task BravesSpentMonthIsQuotaExceededWithBravesResetAndNoRetry()
    {
        Fake.BraveMonthlyLimit = 1;
        var clock = new SteppingClock(DateTimeOffset.Parse("2026-11-30T12:00:00Z"));
        var client = new SearchClient(Process("Brave", clock));
        var results = new List<SearchResult>();

        var error = await Assert.ThrowsAsync<QuotaExceededError>(() => Collect(client, new SearchQuery("owners", 30), results));

        Assert.Equal(20, results.Count);
        Assert.Equal(2, Requests(BravePath).Count);
        Assert.Contains("10 of the 30 results", error.Message);
        Assert.Equal(clock.GetUtcNow().AddSeconds(1419704), error.ResetsAt);
    }

    [Fact]
    public async Task SearXNGPagesByPagenoInJsonUntilTheCountIsReached()
    {
        var client = new SearchClient(Process("SearXNG"));

        var results = await Collect(client, new SearchQuery("Smith", 25));

        Assert.Equal(25, results.Count);
        var requests = Requests(SearXNGPath);
        Assert.Equal(new[] { "1", "2", "3" }, requests.Select(r => Param(r, "pageno")));
        Assert.All(requests, r => Assert.Equal("json", Param(r, "format")));
        Assert.Null(client.GetQuota().Limit);
    }

    [Fact]
    public async Task SearXNGWithNoResultsWritesNothingAfterOnePage()
    {
        Assert.Empty(await Collect(new SearchClient(Process("SearXNG")), new SearchQuery("noresults", 50)));
        Assert.Single(Requests(SearXNGPath));
    }

    [Fact]
    public async Task SearXNGRefusingJsonSaysHowToAllowIt()
    {
        Server.Faults.Add(new Fault(FaultKind.Status) { StatusCode = 403, PathPrefix = SearXNGPath, Body = "<html>403 Forbidden</html>" });
        var error = await Assert.ThrowsAsync<RemoteRejectedError>(() => Collect(new SearchClient(Process("SearXNG")), new SearchQuery("x", 5)));
        Assert.Contains("search.formats", error.Message);
        Assert.Single(Requests(SearXNGPath));
    }

    [Theory]
    [InlineData("Google", GoogleDefinition.BaseUrlSetting)]
    [InlineData("Brave", BraveDefinition.BaseUrlSetting)]
    [InlineData("SearXNG", SearXNGDefinition.BaseUrlSetting)]
    public async Task ABaseUrlThatAnswers404IsAnInvalidSettingNamingIt(string provider, string setting)
    {
        var environment = Process(provider);
        environment.Settings.Set(setting, Server.BaseUrl + "not-a-search-api");
        var error = await Assert.ThrowsAsync<InvalidSettingException>(() => Collect(new SearchClient(environment), new SearchQuery("x", 5)));
        Assert.Equal(ErrorIds.InvalidSetting, error.ErrorId);
        Assert.Equal(setting, error.Name);
        Assert.Contains("HTTP 404", error.Message);
        Assert.Contains($"Set-PipesConfig -Name {setting}", error.RecommendedAction);
        Assert.DoesNotContain(SearchFake.GoogleKey, error.Message); // Google's key travels in the query string
        Assert.Single(Server.Requests, r => r.Path.Contains("not-a-search-api", StringComparison.Ordinal)); // not retried
    }

    [Fact]
    public async Task ASearXNGUrlWithItsSearchPathWorksToo()
    {
        var environment = Process("SearXNG");
        environment.Settings.Set(SearXNGDefinition.BaseUrlSetting, Server.BaseUrl + "searxng/search/");
        Assert.Equal(3, (await Collect(new SearchClient(environment), new SearchQuery("x", 3))).Count);
        Assert.Single(Requests(SearXNGPath));
    }

    [Fact]
    public async Task ABraveOrSearXNG503AfterProcessingIsRetried()
    {
        var clock = new SteppingClock(DateTimeOffset.UtcNow);
        Server.Faults.Add(new Fault(FaultKind.StatusAfterProcessing) { StatusCode = 503, PathPrefix = SearXNGPath });
        Assert.Equal(5, (await Collect(new SearchClient(Process("SearXNG", clock)), new SearchQuery("x", 5))).Count);
        Assert.Equal(2, Requests(SearXNGPath).Count);
    }

    [Fact]
    public async Task TestPipesIntegrationChecksTheProviderInUse()
    {
        var environment = Process("SearXNG");
        var status = await SearchDefinition.Definition.Create!(environment).CheckAsync();
        Assert.True(status.IsHealthy, status.Message);
        Assert.Equal("SearXNG", status.Name);
        Assert.Contains("Search.Provider is SearXNG", status.Message);
        Assert.Single(Requests(SearXNGPath));
        Assert.Empty(Requests("/customsearch/v1"));
    }

    [Fact]
    public void EverySettingAndSecretOfEveryProviderIsKnown()
    {
        var catalog = PipesCatalog.Shipped;
        foreach (var name in new[] { "Search.Provider", "Google.BaseUrl", "Google.SearchEngineId", "Google.DailyQuota", "Brave.BaseUrl", "SearXNG.BaseUrl" })
            Assert.NotNull(catalog.FindSetting(name));
        Assert.Equal("https://api.search.brave.com/res/v1/web/search", catalog.FindSetting("Brave.BaseUrl")!.Default);
        Assert.Equal("PIPES_BRAVE_API_KEY", catalog.RequireSecret("Brave.ApiKey").EnvironmentVariable);
        Assert.Equal("PIPES_GOOGLE_API_KEY", catalog.RequireSecret("Google.ApiKey").EnvironmentVariable);
        Assert.Single(catalog.Checkable, d => d.Name == "Search");
        Assert.DoesNotContain(catalog.Checkable, d => d.Name is "Google" or "Brave" or "SearXNG");
    }
}
